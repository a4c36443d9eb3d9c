package org.seatkeeper.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.reservations.ReservationChecks;
import org.seatkeeper.model.HostIdType;

/**
 * Adds reservation entries one at a time (group, device, feature, version, count), each checked before it
 * joins the pending list below; entries with the same group name form one group. Editing a group starts
 * with its entries in the list, under its name.
 */
public class AddReservationsDialog extends TitleAreaDialog {

	/** One pending entry. */
	public record Entry(String group, String hostIdType, String hostId, String feature, String version, int count) {
	}

	private final List<String> featureNames;
	private final String fixedGroup;
	private final List<Entry> entries = new ArrayList<>();
	private Text group;
	private Text deviceId;
	private Combo idType;
	private Combo feature;
	private Text version;
	private Text count;
	private RecordTable<Entry> pending;

	/**
	 * @param featureNames the server's feature names, offered in the feature field
	 * @param editing      a group to change (its entries start in the list, its name is fixed), or {@code null}
	 */
	public AddReservationsDialog(Shell parent, List<String> featureNames, ReservationGroup editing) {
		super(parent);
		this.featureNames = featureNames;
		this.fixedGroup = editing == null ? null : editing.name();
		if (editing != null) {
			for (Reservation reservation : editing.reservations()) {
				for (ReservationEntry entry : reservation.entries()) {
					entries.add(new Entry(editing.name(), reservation.hostId().type(), reservation.hostId().value(), entry.featureName(),
							entry.featureVersion(), entry.count()));
				}
			}
		}
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(fixedGroup == null ? "Add Reservations" : "Edit Reservation Group");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(fixedGroup == null ? "Add reservations to new groups" : "Change the group " + fixedGroup);
		setMessage("Fill in an entry and press Add Entry; entries with the same group name form one group.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		group = field(body, "&Group name:", "group");
		if (fixedGroup != null) {
			group.setText(fixedGroup);
			group.setEditable(false);
		}
		new Label(body, SWT.NONE).setText("&ID type:");
		idType = new Combo(body, SWT.DROP_DOWN);
		idType.setItems(HostIdType.names().toArray(String[]::new));
		idType.setText("STRING");
		idType.setData("name", "idType");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(idType);
		deviceId = field(body, "&Device ID:", "deviceId");
		new Label(body, SWT.NONE).setText("&Feature:");
		feature = new Combo(body, SWT.DROP_DOWN);
		feature.setItems(featureNames.toArray(String[]::new));
		feature.setData("name", "feature");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(feature);
		version = field(body, "&Version:", "version");
		count = field(body, "&Count:", "count");
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
		Button clear = new Button(buttons, SWT.PUSH);
		clear.setText("C&lear");
		clear.addListener(SWT.Selection, e -> clearEntry());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove Selected");
		remove.addListener(SWT.Selection, e -> {
			entries.removeAll(pending.selection());
			pending.setItems(entries);
			updateOk();
		});
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add Entry");
		add.setData("name", "addEntry");
		add.addListener(SWT.Selection, e -> addEntry());
		Label caption = new Label(body, SWT.NONE);
		caption.setText("Reservations (pending submission):");
		GridDataFactory.fillDefaults().span(4, 1).applyTo(caption);
		pending = new RecordTable<>(body, SWT.MULTI);
		pending.column("Group", 130, Entry::group).column("ID Type", 90, Entry::hostIdType).column("Device ID", 140, Entry::hostId)
				.column("Feature", 130, Entry::feature).column("Version", 70, Entry::version)
				.column("Count", 60, e -> Integer.toString(e.count()));
		pending.onSort(() -> pending.setItems(entries.stream().sorted(pending.order()).toList()));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(640, 160).applyTo(pending.table());
		pending.setItems(entries);
		return area;
	}

	private Text field(Composite parent, String label, String name) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setData("name", name);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, fixedGroup == null ? "Add to Pending" : "Change Group", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateOk();
	}

	private void updateOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!entries.isEmpty());
		}
	}

	/** What is wrong with the entry in the fields, or empty (the guide's checks, and one reservation per device and feature). */
	Optional<String> problem() {
		if (group.getText().isBlank()) {
			return Optional.of("Give the group a name.");
		}
		Optional<String> problem = ReservationChecks.hostIdProblem(idType.getText().trim(), deviceId.getText().trim())
				.or(() -> ReservationChecks.featureNameProblem(feature.getText().trim()))
				.or(() -> ReservationChecks.versionProblem(version.getText().trim()))
				.or(() -> ReservationChecks.countProblem(count.getText().trim()));
		if (problem.isPresent()) {
			return problem;
		}
		for (Entry entry : entries) {
			if (entry.hostId().equals(deviceId.getText().trim()) && entry.hostIdType().equalsIgnoreCase(idType.getText().trim())
					&& !entry.group().equals(group.getText().trim())) {
				return Optional.of("The device " + entry.hostId() + " already has reservations in the group " + entry.group()
						+ ": a device belongs to one group.");
			}
			if (entry.hostId().equals(deviceId.getText().trim()) && entry.feature().equals(feature.getText().trim())
					&& entry.version().equals(version.getText().trim())) {
				return Optional.of("The device " + entry.hostId() + " already reserves " + entry.feature() + " " + entry.version()
						+ ": change the count of that entry instead (remove it and add it again).");
			}
		}
		return Optional.empty();
	}

	/** Adds the entry in the fields to the pending list, or says what is wrong with it (and keeps the fields). */
	public boolean addEntry() {
		Optional<String> problem = problem();
		if (problem.isPresent()) {
			setErrorMessage(problem.get());
			return false;
		}
		setErrorMessage(null);
		entries.add(new Entry(group.getText().trim(), idType.getText().trim().toUpperCase(java.util.Locale.ROOT), deviceId.getText().trim(),
				feature.getText().trim(), version.getText().trim(), Integer.parseInt(count.getText().trim())));
		pending.setItems(entries);
		deviceId.setText("");
		count.setText("");
		updateOk();
		return true;
	}

	private void clearEntry() {
		deviceId.setText("");
		feature.setText("");
		version.setText("");
		count.setText("");
		setErrorMessage(null);
	}

	/** Fills the fields as a user would type them (for tests). */
	public void fill(String groupName, String type, String device, String featureName, String featureVersion, String featureCount) {
		if (fixedGroup == null) {
			group.setText(groupName);
		}
		idType.setText(type);
		deviceId.setText(device);
		feature.setText(featureName);
		version.setText(featureVersion);
		count.setText(featureCount);
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** The pending entries as groups (one per group name, one reservation per device), in the order given. */
	public static List<ReservationGroup> groups(List<Entry> entries) {
		Map<String, Map<String, List<ReservationEntry>>> byGroup = new LinkedHashMap<>();
		Map<String, HostId> hosts = new LinkedHashMap<>();
		for (Entry entry : entries) {
			String host = entry.hostIdType() + '\u0000' + entry.hostId();
			hosts.put(host, new HostId(entry.hostIdType(), entry.hostId()));
			byGroup.computeIfAbsent(entry.group(), k -> new LinkedHashMap<>()).computeIfAbsent(host, k -> new ArrayList<>())
					.add(new ReservationEntry(0, entry.feature(), entry.version(), entry.count()));
		}
		List<ReservationGroup> groups = new ArrayList<>();
		byGroup.forEach((name, reservations) -> {
			List<Reservation> list = new ArrayList<>();
			reservations.forEach((host, list2) -> list.add(new Reservation(0, hosts.get(host), list2)));
			groups.add(ReservationGroup.of(name, list));
		});
		return groups;
	}
}

package org.seatkeeper.ui.internal.reservations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
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
import org.seatkeeper.ui.internal.tables.RecordTable;

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
		shell.setText(fixedGroup == null ? Messages.AddReservations_titleAdd : Messages.AddReservations_titleEdit);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(fixedGroup == null ? Messages.AddReservations_headingAdd : NLS.bind(Messages.AddReservations_headingEdit, fixedGroup));
		setMessage(Messages.AddReservations_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		group = field(body, Messages.AddReservations_group, "group");
		if (fixedGroup != null) {
			group.setText(fixedGroup);
			group.setEditable(false);
		}
		new Label(body, SWT.NONE).setText(Messages.AddReservations_idType);
		idType = new Combo(body, SWT.DROP_DOWN);
		idType.setItems(HostIdType.names().toArray(String[]::new));
		idType.setText(Messages.AddReservations_string);
		idType.setData("name", "idType");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(idType);
		deviceId = field(body, Messages.AddReservations_deviceId, "deviceId");
		new Label(body, SWT.NONE).setText(Messages.AddReservations_feature);
		feature = new Combo(body, SWT.DROP_DOWN);
		feature.setItems(featureNames.toArray(String[]::new));
		feature.setData("name", "feature");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(feature);
		version = field(body, Messages.AddReservations_version, "version");
		count = field(body, Messages.AddReservations_count, "count");
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
		Button clear = new Button(buttons, SWT.PUSH);
		clear.setText(Messages.AddReservations_clear);
		clear.addListener(SWT.Selection, e -> clearEntry());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.AddReservations_remove);
		remove.addListener(SWT.Selection, e -> {
			entries.removeAll(pending.selection());
			pending.setItems(entries);
			updateOk();
		});
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.AddReservations_add);
		add.setData("name", "addEntry");
		add.addListener(SWT.Selection, e -> addEntry());
		Label caption = new Label(body, SWT.NONE);
		caption.setText(Messages.AddReservations_pending);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(caption);
		pending = new RecordTable<>(body, SWT.MULTI);
		pending.column(Messages.AddReservations_columnGroup, 130, Entry::group)
				.column(Messages.AddReservations_columnIdType, 90, Entry::hostIdType)
				.column(Messages.AddReservations_columnDeviceId, 140, Entry::hostId)
				.column(Messages.AddReservations_columnFeature, 130, Entry::feature)
				.column(Messages.AddReservations_columnVersion, 70, Entry::version)
				.column(Messages.AddReservations_columnCount, 60, e -> Integer.toString(e.count()));
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
		createButton(parent, IDialogConstants.OK_ID, fixedGroup == null ? Messages.AddReservations_okAdd : Messages.AddReservations_okEdit, true);
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
			return Optional.of(Messages.AddReservations_noGroup);
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
				return Optional.of(NLS.bind(Messages.AddReservations_otherGroup, entry.hostId(), entry.group()));
			}
			if (entry.hostId().equals(deviceId.getText().trim()) && entry.feature().equals(feature.getText().trim())
					&& entry.version().equals(version.getText().trim())) {
				return Optional.of(NLS.bind(Messages.AddReservations_sameFeature, new Object[] { entry.hostId(), entry.feature(), entry.version() }));
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

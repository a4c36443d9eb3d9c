package org.seatkeeper.ui.internal.reservations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.ConnectionException;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.reservations.GroupReplacement;
import org.seatkeeper.core.reservations.ReservationChecks;
import org.seatkeeper.core.reservations.ReservationChecks.EntryStatus;
import org.seatkeeper.core.reservations.ReservationsFormatException;
import org.seatkeeper.core.reservations.ReservationsJson;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.properties.RecordProperties;
import org.seatkeeper.ui.internal.tables.PagedTable;
import org.seatkeeper.ui.internal.tables.SelectionFromTables;
import org.seatkeeper.ui.internal.tables.Tables;
import org.seatkeeper.ui.internal.views.Roles;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * Reservations: one row per entry with whether the server's counts can satisfy it. New groups (added by
 * hand or imported from JSON) and groups marked for deletion wait in a pending state, shown in the table,
 * until Submit; Cancel drops them. A group is changed in place by deleting and re-adding it, with the old
 * group put back when the server refuses the new one. While a model is active reservations cannot be
 * used, and the view says so.
 */
public class ReservationsView extends ServerView<ReservationsView.Loaded> {

	public static final String ID = SeatkeeperUi.RESERVATIONS_VIEW_ID;

	/** One load: the groups, the features (for the statuses) and the model. */
	public record Loaded(List<ReservationGroup> groups, List<Feature> features, ServerModel model) {
	}

	/** A row: an entry's status, and whether it is pending (to add, or in a group to delete). */
	public record Row(EntryStatus status, boolean toAdd, boolean toDelete) {
		String group() {
			return status.group().name() + (toAdd ? "  (to add)" : toDelete ? "  (to delete)" : "");
		}

		/** Whether the entry can be satisfied, and why not. */
		String statusText() {
			return status.satisfied() ? "Can be satisfied: " + status.available() + " counts were left for it"
					: "Cannot be satisfied: " + status.reason();
		}

		/** The row for the Properties view: the entry's status and values, and whether it is pending. */
		public RecordProperties properties() {
			org.seatkeeper.core.domain.HostId hostId = status.reservation().hostId();
			return new RecordProperties(status.entry().featureName(), List.of( //
					new RecordProperties.Property("status", "Status", statusText()),
					new RecordProperties.Property("deviceId", "Device ID", hostId.value()),
					new RecordProperties.Property("idType", "ID type", hostId.type()),
					new RecordProperties.Property("group", "Reservation group", status.group().name()),
					new RecordProperties.Property("feature", "Feature name", status.entry().featureName()),
					new RecordProperties.Property("version", "Version", status.entry().featureVersion()),
					new RecordProperties.Property("count", "Count", Integer.toString(status.entry().count())),
					new RecordProperties.Property("pending", "Pending", toAdd ? "to be added on Submit"
							: toDelete ? "its group is to be deleted on Submit" : "no: it is on the server")));
		}
	}

	static final String MODEL_ACTIVE = "A model definition is active on this server, so reservations cannot be used: named license "
			+ "pools and reservations do not work together. Delete the model in the Named License Pools view to use reservations.";

	private Text filter;
	private PagedTable<Row> rows;
	private Label pendingLabel;
	private Button add;
	private Button edit;
	private Button delete;
	private Button importButton;
	private Button export;
	private Button submit;
	private Button cancel;
	private final List<ReservationGroup> toAdd = new ArrayList<>();
	private final Set<Long> toDelete = new LinkedHashSet<>();

	@Override
	protected String loadingWhat() {
		return "Loading the reservations of " + connections.describe();
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).margins(6, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		add = button(bar, "&Add\u2026", "Add reservation entries to new groups", this::addReservations);
		edit = button(bar, "&Edit Group\u2026", "Change the group of the selected row (deleted and added again)", this::editGroup);
		delete = button(bar, "&Delete Groups", "Mark the groups of the selected rows for deletion", this::markForDeletion);
		importButton = button(bar, "&Import\u2026", "Add the groups of a reservations JSON file to the pending groups", this::importFile);
		export = button(bar, "E&xport\u2026", "Save the server's reservations as a JSON file", this::exportFile);
		Label gap = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gap);
		new Label(bar, SWT.NONE).setText("Filter:");
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Device, group or feature");
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(e -> rows.filterAsTyped(filter.getText()));

		rows = new PagedTable<>(parent, SWT.MULTI, () -> connections.settings().pageSize(), r -> r.status().reservation().hostId().value(),
				Row::group, r -> r.status().entry().featureName());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rows.control());
		rows.showBusyIn(getSite());
		rows.table().column("Status", 110, r -> r.status().entry().disabled() ? "\u2717 Disabled" : r.status().satisfied() ? "\u2713" : "\u2717",
				Comparator.comparing(r -> r.status().satisfied()),
				r -> PlatformUI.getWorkbench().getSharedImages()
						.getImage(r.status().satisfied() ? ISharedImages.IMG_OBJS_INFO_TSK : ISharedImages.IMG_OBJS_WARN_TSK),
				Row::statusText, null)
				.column("Device ID", 160, r -> r.status().reservation().hostId().value())
				.column("ID Type", 90, r -> r.status().reservation().hostId().type())
				.column("Reservation Group", 180, Row::group)
				.column("Feature Name", 150, r -> r.status().entry().featureName())
				.column("Version", 70, r -> r.status().entry().featureVersion())
				.column("Count", 60, r -> Integer.toString(r.status().entry().count()),
						Comparator.comparingInt(r -> r.status().entry().count()));
		rows.table().viewer().addSelectionChangedListener(e -> updateButtons());

		Composite pendingBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(pendingBar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pendingBar);
		pendingLabel = new Label(pendingBar, SWT.NONE);
		pendingLabel.setData("name", "pending");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(pendingLabel);
		cancel = button(pendingBar, "Ca&ncel", "Drop the pending changes", this::cancelPending);
		submit = button(pendingBar, "&Submit", "Send the pending changes to the server", this::submit);
		Tables.contribute(this, "reservations", rows.table());
		getSite().setSelectionProvider(new SelectionFromTables(rows.table()));
		updateButtons();
	}


	private boolean modelActive() {
		return current() != null && current().model() != null && !current().model().isDefault();
	}

	private void updateButtons() {
		if (add == null || add.isDisposed()) {
			return;
		}
		boolean may = !connections.lacks(Role.RESERVATIONS);
		boolean usable = may && !modelActive();
		boolean selected = !rows.table().selection().isEmpty();
		add.setEnabled(usable);
		importButton.setEnabled(usable);
		edit.setEnabled(usable && selected && rows.table().selection().stream().noneMatch(Row::toAdd));
		delete.setEnabled(may && selected);
		export.setEnabled(current() != null && !current().groups().isEmpty());
		boolean pending = !toAdd.isEmpty() || !toDelete.isEmpty();
		submit.setEnabled(may && pending);
		cancel.setEnabled(pending);
		int entries = toAdd.stream().mapToInt(ReservationGroup::entryCount).sum();
		pendingLabel.setText(!may ? Roles.needs(Role.RESERVATIONS) + ": reservations are read-only."
				: !pending ? "No pending changes."
				: "Pending: " + toAdd.size() + (toAdd.size() == 1 ? " group" : " groups") + " to add (" + entries
						+ (entries == 1 ? " entry" : " entries") + "), " + toDelete.size() + (toDelete.size() == 1 ? " group" : " groups")
						+ " to delete. Submit sends them.");
		pendingLabel.getParent().layout();
	}

	@Override
	protected void onSessionKnown() {
		updateButtons();
	}

	@Override
	protected void serverChanged() {
		toAdd.clear();
		toDelete.clear();
	}

	@Override
	protected Loaded load(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		List<ReservationGroup> groups = client.reservationGroups(progress.split(1));
		List<Feature> features = client.features(progress.split(1));
		ServerModel model = parts.ask(() -> client.model(progress.split(1))).orElse(null);
		return new Loaded(groups, features, model);
	}

	@Override
	protected String consequence(ApiPart part) {
		return part == ApiPart.MODEL ? "if it applies one, it refuses new reservations" : null;
	}

	@Override
	protected void show(Loaded loaded) {
		showRows();
		setContentDescription(loaded.groups().size() + (loaded.groups().size() == 1 ? " group" : " groups"));
		if (modelActive()) {
			showNote(MODEL_ACTIVE);
		}
		updateButtons();
	}

	private void showRows() {
		Loaded loaded = current();
		if (loaded == null) {
			return;
		}
		List<ReservationGroup> all = new ArrayList<>(loaded.groups());
		all.addAll(toAdd);
		List<Row> shown = new ArrayList<>();
		for (EntryStatus status : ReservationChecks.statuses(all, loaded.features(), LocalDate.now())) {
			boolean adding = toAdd.contains(status.group());
			shown.add(new Row(status, adding, !adding && toDelete.contains(status.group().id())));
		}
		rows.setRecords(shown);
		updateButtons();
	}

	private List<String> featureNames() {
		return current() == null ? List.of() : current().features().stream().map(Feature::name).distinct().sorted().toList();
	}

	private void addReservations() {
		AddReservationsDialog dialog = new AddReservationsDialog(getSite().getShell(), featureNames(), null);
		if (dialog.open() == AddReservationsDialog.OK) {
			addPending(AddReservationsDialog.groups(dialog.entries()));
		}
	}

	/** Adds {@code groups} to the pending groups (refusing devices that already have reservations). */
	public void addPending(List<ReservationGroup> groups) {
		List<ReservationGroup> existing = new ArrayList<>(current() == null ? List.of() : current().groups());
		existing.addAll(toAdd);
		List<String> duplicates = ReservationChecks.duplicateHostIds(existing, groups);
		if (!duplicates.isEmpty()) {
			showProblem("Not added: a device has reservations in one group only, and these already have some: "
					+ String.join(", ", duplicates));
			return;
		}
		toAdd.addAll(groups);
		clearProblem();
		showRows();
	}

	private void editGroup() {
		List<Row> selected = rows.table().selection();
		if (selected.isEmpty()) {
			return;
		}
		ReservationGroup old = selected.get(0).status().group();
		AddReservationsDialog dialog = new AddReservationsDialog(getSite().getShell(), featureNames(), old);
		if (dialog.open() == AddReservationsDialog.OK) {
			replaceGroup(old, AddReservationsDialog.groups(dialog.entries()).get(0));
		}
	}

	/** Changes {@code old} into {@code replacement} on the server, putting the old group back if it is refused. */
	public void replaceGroup(ReservationGroup old, ReservationGroup replacement) {
		runInJob("Changing the reservation group " + old.name(), monitor -> {
			try {
				return GroupReplacement.replace(connections.client(monitor), old, replacement, monitor);
			} catch (GroupReplacement.RefusedException e) {
				throw new ConnectionException(null, e.getMessage(), e);
			}
		}, changed -> refresh());
	}

	/** Marks the groups of the selected rows for deletion (pending rows are simply dropped). */
	public void markForDeletion() {
		for (Row row : rows.table().selection()) {
			if (row.toAdd()) {
				toAdd.remove(row.status().group());
			} else {
				toDelete.add(row.status().group().id());
			}
		}
		showRows();
	}

	private void cancelPending() {
		toAdd.clear();
		toDelete.clear();
		showRows();
	}

	/** Sends the pending deletions, then the pending groups; what the server refused stays pending. */
	public void submit() {
		List<Long> deleting = List.copyOf(toDelete);
		List<ReservationGroup> adding = List.copyOf(toAdd);
		submit.setEnabled(false);
		runInJob("Submitting reservations", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, deleting.size() + 1);
			LicenseServerClient client = connections.client(progress);
			for (long id : deleting) {
				client.deleteReservationGroup(id, progress.split(1));
				inUi(() -> toDelete.remove(id));
			}
			if (!adding.isEmpty()) {
				client.addReservationGroups(adding, progress.split(1));
			}
			return adding;
		}, added -> {
			toAdd.removeAll(added);
			getViewSite().getActionBars().getStatusLineManager().setMessage("Reservations submitted");
			refresh();
		});
	}

	private void importFile() {
		openFile("Import Reservations", new String[] { "*.json", "*.*" }, this::importFile);
	}

	/** Reads {@code file} in a Job; its groups become pending, or every problem in it is shown. */
	public void importFile(Path file) {
		runInJob("Importing " + file.getFileName(), monitor -> {
			String text = readFile(file);
			try {
				return ReservationsJson.read(text);
			} catch (ReservationsFormatException e) {
				throw new ConnectionException(null, file.getFileName() + " is not a reservations file Seatkeeper can import: "
						+ String.join("; ", e.problems()), e);
			}
		}, groups -> addPending(groups.stream().map(ReservationGroup::withoutIds).toList()));
	}

	private void exportFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export Reservations");
		dialog.setFilterExtensions(new String[] { "*.json" });
		dialog.setFileName("reservations.json");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportFile(Path.of(file));
		}
	}

	/** Writes the server's groups to {@code file} in a Job, never leaving a partial file. */
	public void exportFile(Path file) {
		List<ReservationGroup> groups = current() == null ? List.of() : current().groups();
		runInJob("Exporting reservations to " + file.getFileName(), monitor -> {
			try {
				AtomicFiles.write(file, ReservationsJson.write(groups).getBytes(StandardCharsets.UTF_8));
				return file;
			} catch (IOException e) {
				throw new ConnectionException(null, "The reservations could not be saved to " + file + ": " + e.getMessage(), e);
			}
		}, written -> getViewSite().getActionBars().getStatusLineManager()
				.setMessage(groups.size() + " groups exported to " + written));
	}

	// ---- for tests

	public PagedTable<Row> rowsTable() {
		return rows;
	}

	public List<ReservationGroup> pendingAdds() {
		return List.copyOf(toAdd);
	}

	public Set<Long> pendingDeletions() {
		return Set.copyOf(toDelete);
	}

	public Button submitButton() {
		return submit;
	}

	public Button addButton() {
		return add;
	}

	@Override
	public void setFocus() {
		rows.table().table().setFocus();
	}
}

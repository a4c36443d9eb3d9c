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
import org.eclipse.osgi.util.NLS;
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
			return toAdd ? NLS.bind(Messages.Reservations_toAdd, status.group().name())
					: toDelete ? NLS.bind(Messages.Reservations_toDelete, status.group().name()) : status.group().name();
		}

		/** Whether the entry can be satisfied, and why not. */
		String statusText() {
			return status.satisfied() ? NLS.bind(Messages.Reservations_satisfiable, status.available())
					: NLS.bind(Messages.Reservations_notSatisfiable, status.reason());
		}

		/** The row for the Properties view: the entry's status and values, and whether it is pending. */
		public RecordProperties properties() {
			org.seatkeeper.core.domain.HostId hostId = status.reservation().hostId();
			return new RecordProperties(status.entry().featureName(), List.of( //
					new RecordProperties.Property("status", Messages.Reservations_status, statusText()),
					new RecordProperties.Property("deviceId", Messages.Reservations_deviceId, hostId.value()),
					new RecordProperties.Property("idType", Messages.Reservations_idTypeProperty, hostId.type()),
					new RecordProperties.Property("group", Messages.Reservations_groupProperty, status.group().name()),
					new RecordProperties.Property("feature", Messages.Reservations_featureProperty, status.entry().featureName()),
					new RecordProperties.Property("version", Messages.Reservations_version, status.entry().featureVersion()),
					new RecordProperties.Property("count", Messages.Reservations_count, Integer.toString(status.entry().count())),
					new RecordProperties.Property("pending", Messages.Reservations_pendingProperty, toAdd ? Messages.Reservations_pendingAdd
							: toDelete ? Messages.Reservations_pendingDelete : Messages.Reservations_pendingNo)));
		}
	}


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
		return NLS.bind(Messages.Reservations_loading, connections.describe());
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite bar = Tables.bar(parent, 8);
		add = button(bar, Messages.Reservations_add, Messages.Reservations_addTip, this::addReservations);
		edit = button(bar, Messages.Reservations_edit, Messages.Reservations_editTip, this::editGroup);
		delete = button(bar, Messages.Reservations_delete, Messages.Reservations_deleteTip, this::markForDeletion);
		importButton = button(bar, Messages.Reservations_import, Messages.Reservations_importTip, this::importFile);
		export = button(bar, Messages.Reservations_export, Messages.Reservations_exportTip, this::exportFile);
		filter = Tables.filterField(bar, Messages.Reservations_deviceGroupOrFeature, 180, text -> rows.filterAsTyped(text));

		rows = new PagedTable<>(parent, SWT.MULTI, () -> connections.settings().pageSize(), r -> r.status().reservation().hostId().value(),
				Row::group, r -> r.status().entry().featureName());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rows.control());
		rows.showBusyIn(getSite());
		rows.table().column(Messages.Reservations_status, 110, r -> r.status().entry().disabled() ? Messages.Reservations_disabled : r.status().satisfied() ? "\u2713" : "\u2717",
				Comparator.comparing(r -> r.status().satisfied()),
				r -> PlatformUI.getWorkbench().getSharedImages()
						.getImage(r.status().satisfied() ? ISharedImages.IMG_OBJS_INFO_TSK : ISharedImages.IMG_OBJS_WARN_TSK),
				Row::statusText, null)
				.column(Messages.Reservations_deviceID, 160, r -> r.status().reservation().hostId().value())
				.column(Messages.Reservations_idType, 90, r -> r.status().reservation().hostId().type())
				.column(Messages.Reservations_reservationGroup, 180, Row::group)
				.column(Messages.Reservations_featureName, 150, r -> r.status().entry().featureName())
				.column(Messages.Reservations_version, 70, r -> r.status().entry().featureVersion())
				.column(Messages.Reservations_count, 60, r -> Integer.toString(r.status().entry().count()),
						Comparator.comparingInt(r -> r.status().entry().count()));
		rows.table().viewer().addSelectionChangedListener(e -> updateButtons());

		Composite pendingBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(pendingBar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pendingBar);
		pendingLabel = new Label(pendingBar, SWT.NONE);
		pendingLabel.setData("name", "pending");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(pendingLabel);
		cancel = button(pendingBar, Messages.Reservations_cancel, Messages.Reservations_cancelTip, this::cancelPending);
		submit = button(pendingBar, Messages.Reservations_submit, Messages.Reservations_submitTip, this::submit);
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
		pendingLabel.setText(!may ? NLS.bind(Messages.Reservations_readOnly, Roles.needs(Role.RESERVATIONS))
				: !pending ? Messages.Reservations_noPending
				: NLS.bind(Messages.Reservations_pending, new Object[] { groups(toAdd.size()),
						entries == 1 ? Messages.Reservations_oneEntry : NLS.bind(Messages.Reservations_entries, entries), groups(toDelete.size()) }));
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
		return part == ApiPart.MODEL ? Messages.Reservations_modelRefuses : null;
	}

	@Override
	protected void show(Loaded loaded) {
		showRows();
		setContentDescription(groups(loaded.groups().size()));
		if (modelActive()) {
			showNote(Messages.Reservations_modelActive);
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
			showProblem(NLS.bind(Messages.Reservations_duplicates, String.join(", ", duplicates)));
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
		runInJob(NLS.bind(Messages.Reservations_changing, old.name()), monitor -> {
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
		runInJob(Messages.Reservations_submitting, monitor -> {
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
			getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.Reservations_reservationsSubmitted);
			refresh();
		});
	}

	private void importFile() {
		openFile(Messages.Reservations_importTitle, new String[] { "*.json", "*.*" }, this::importFile);
	}

	/** Reads {@code file} in a Job; its groups become pending, or every problem in it is shown. */
	public void importFile(Path file) {
		runInJob(NLS.bind(Messages.Reservations_importing, file.getFileName()), monitor -> {
			String text = readFile(file, Messages.Reservations_aReservationsFile);
			try {
				return ReservationsJson.read(text);
			} catch (ReservationsFormatException e) {
				throw new IOException(NLS.bind(Messages.Reservations_notImportable, file.getFileName(), String.join("; ", e.problems())), e);
			}
		}, groups -> addPending(groups.stream().map(ReservationGroup::withoutIds).toList()));
	}

	private void exportFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Reservations_exportReservations);
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
		runInJob(NLS.bind(Messages.Reservations_exporting, file.getFileName()), monitor -> {
			try {
				AtomicFiles.write(file, ReservationsJson.write(groups).getBytes(StandardCharsets.UTF_8));
				return file;
			} catch (IOException e) {
				throw new IOException(NLS.bind(Messages.Reservations_notSaved, file, e.getMessage()), e);
			}
		}, written -> getViewSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.Reservations_exported, groups(groups.size()), written)));
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

	/** "1 group", "3 groups". */
	private static String groups(int count) {
		return count == 1 ? Messages.Reservations_oneGroup : NLS.bind(Messages.Reservations_groups, count);
	}
}

package org.seatkeeper.ui.internal.devices;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.ServedFeature;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.tables.DetailsPane;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.tables.PagedTable;
import org.seatkeeper.ui.internal.tables.RecordTable;
import org.seatkeeper.ui.internal.tables.SelectionFromTables;
import org.seatkeeper.ui.internal.tables.Tables;
import org.seatkeeper.ui.internal.views.Roles;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * The devices the server has served: a virtual table (a page of 100,000 devices shows at once), the
 * details of the selected device with the features it holds, Drop Device for one or several devices, and Drop All
 * Devices (in the view menu)
 * when the Settings allow it, after a confirmation that lists the counts it frees.
 */
public class DevicesView extends ServerView<List<Device>> {

	public static final String ID = SeatkeeperUi.DEVICES_VIEW_ID;

	private Text filter;
	private PagedTable<Device> devices;
	private DetailsPane pane;
	private RecordTable<ServedFeature> consumed;
	private Action drop;
	private Action dropAll;
	/** Devices whose records did not list what they hold, with what was looked up, by id (for this load). */
	private final Map<Long, Device> held = new java.util.HashMap<>();
	private Job lookUp;

	@Override
	protected String loadingWhat() {
		return NLS.bind(Messages.Devices_loading, connections.describe());
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite bar = Tables.bar(parent, 3);
		filter = Tables.filterField(bar, Messages.Devices_filterHint, 200, text -> devices.filterAsTyped(text));

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		devices = new PagedTable<>(sash, SWT.MULTI, () -> connections.settings().pageSize(), d -> d.hostId().value(),
				d -> d.hostId().type(), Device::deviceType, Device::alias, Device::status);
		devices.showBusyIn(getSite());
		devices.table().column(Messages.Devices_id, 170, d -> d.hostId().value()).column(Messages.Devices_idType, 110, d -> d.hostId().type())
				.column(Messages.Devices_type, 100, Device::deviceType).column(Messages.Devices_alias, 160, Device::alias)
				.column(Messages.Devices_status, 80, Device::status)
				.column(Messages.Devices_countsHeld, 90, d -> d.featuresListed() ? Integer.toString(d.countsHeld()) : "",
						Comparator.comparingInt(Device::countsHeld))
				.column(Messages.Devices_expiry, 140, d -> Formats.time(d.expiry()),
						Comparator.comparing(Device::expiry, Comparator.nullsFirst(Comparator.naturalOrder())))
				.column(Messages.Devices_lastRequest, 140, d -> Formats.time(d.lastRequest()),
						Comparator.comparing(Device::lastRequest, Comparator.nullsFirst(Comparator.naturalOrder())));

		Composite lower = Tables.scrolling(sash);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		pane = new DetailsPane(lower, Messages.Devices_consumed);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pane.control());
		consumed = new RecordTable<>(lower, SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(consumed.table());
		consumed.column(Messages.Devices_featureName, 180, ServedFeature::name)
				.column(Messages.Devices_version, 70, ServedFeature::version)
				.column(Messages.Devices_used, 60, f -> Integer.toString(f.count()), Comparator.comparingInt(ServedFeature::count))
				.column(Messages.Devices_featureExpiry, 100, f -> Formats.expiry(f.expiry()))
				.column(Messages.Devices_startDate, 100, f -> Formats.date(f.startDate()))
				.column(Messages.Devices_vendorString, 180, ServedFeature::vendorString)
				.column(Messages.Devices_pool, 120, ServedFeature::pool);
		consumed.onSort(() -> consumed.setItems(consumed.items().stream().sorted(consumed.order()).toList()));
		layout.sash("sash", sash, 81, 19);
		layout.columns("devicesColumns", devices.table().viewer().getTable());
		layout.columns("consumedColumns", consumed.viewer().getTable());
		pane.show(Messages.Devices_selectOne, Map.of());

		drop = new Action(Messages.Devices_drop) {
			@Override
			public void run() {
				dropSelected();
			}
		};
		drop.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
		drop.setId("org.seatkeeper.ui.devices.drop");
		getViewSite().getActionBars().getToolBarManager().add(drop);
		dropAll = new Action(Messages.Devices_dropAll) {
			@Override
			public void run() {
				dropEverything();
			}
		};
		dropAll.setId("org.seatkeeper.ui.devices.dropAll");
		getViewSite().getActionBars().getMenuManager().add(dropAll);
		getViewSite().getActionBars().updateActionBars();
		devices.table().viewer().addSelectionChangedListener(e -> {
			showDetails(devices.table().selection());
			updateDrop();
		});
		Tables.contribute(this, "devices", devices.table(), consumed);
		getSite().setSelectionProvider(new SelectionFromTables(devices.table(), consumed));
		updateDrop();
	}

	@Override
	public void fillContextMenu(RecordTable<?> table, IMenuManager menu) {
		if (table == devices.table()) {
			updateDrop();
			menu.add(drop);
		}
	}

	@Override
	protected void onSessionKnown() {
		updateDrop();
	}

	/** Drop is offered when the Settings allow it, a device is selected and the login may drop. */
	private void updateDrop() {
		if (drop == null) {
			return;
		}
		boolean allowed = connections.settings().allowDeviceDrop();
		boolean mayDrop = !connections.lacks(Role.DROPCLIENT);
		drop.setEnabled(allowed && mayDrop && !devices.table().selection().isEmpty());
		drop.setToolTipText(!allowed ? Messages.Devices_dropOff
				: !mayDrop ? NLS.bind(Messages.Devices_dropNeeds, Roles.needs(Role.DROPCLIENT))
				: Messages.Devices_dropTip);
		List<Device> loaded = current();
		dropAll.setEnabled(allowed && mayDrop && loaded != null && !loaded.isEmpty());
		dropAll.setToolTipText(!allowed ? Messages.Devices_dropAllOff
				: !mayDrop ? NLS.bind(Messages.Devices_dropAllNeeds, Roles.needs(Role.DROPCLIENT))
				: Messages.Devices_dropAllTip);
	}

	private void showDetails(List<Device> selected) {
		if (selected.isEmpty()) {
			return;
		}
		Device device = held.getOrDefault(selected.get(0).id(), selected.get(0));
		Map<String, String> values = new LinkedHashMap<>();
		values.put(Messages.Devices_id, device.hostId().value());
		values.put(Messages.Devices_idType, device.hostId().type());
		values.put(Messages.Devices_type, device.deviceType());
		values.put(Messages.Devices_alias, device.alias());
		values.put(Messages.Devices_expiry, Formats.time(device.expiry()));
		values.put(Messages.Devices_status, device.status());
		values.put(Messages.Devices_hostType, device.hostType());
		values.put(Messages.Devices_user, device.user());
		values.put(Messages.Devices_lastRequest, Formats.time(device.lastRequest()));
		if (device.recordedHostId() != null) {
			values.put(Messages.Devices_hostIdOnRecord, device.recordedHostId().toString());
		}
		if (device.serverHostId() != null) {
			values.put(Messages.Devices_serverHostId, device.serverHostId().toString());
		}
		if (device.trusted() != null) {
			values.put(Messages.Devices_trusted, device.trusted() ? Messages.Devices_yes : Messages.Devices_no);
		}
		if (!device.requestOperation().isEmpty()) {
			values.put(Messages.Devices_lastOperation, device.requestOperation());
		}
		pane.show(NLS.bind(Messages.Devices_details, device.hostId().value()), values);
		consumed.setItems(device.features());
		if (device.featuresListed()) {
			pane.caption(NLS.bind(Messages.Devices_consumedCount, device.features().size()));
		} else {
			lookUpFeatures(device);
		}
	}

	/** Finds what {@code device} holds in the devices of each feature record (its record does not say), in a Job. */
	private void lookUpFeatures(Device device) {
		pane.caption(Messages.Devices_consumedLookingUp);
		if (lookUp != null) {
			lookUp.cancel();
		}
		record Found(Device device, Set<ApiPart> missing) {
		}
		lookUp = runInJob(NLS.bind(Messages.Devices_findingHeld, device.hostId().value()), monitor -> {
			OptionalParts parts = new OptionalParts();
			return new Found(connections.client(monitor).withFeaturesHeld(device, parts, monitor), parts.missing());
		}, found -> {
			noteMissing(found.missing());
			if (found.device().featuresListed()) {
				held.put(found.device().id(), found.device());
			}
			List<Device> selection = devices.table().selection();
			if (!selection.isEmpty() && selection.get(0).id() == device.id()) {
				consumed.setItems(found.device().features());
				pane.caption(found.device().featuresListed() ? NLS.bind(Messages.Devices_consumedCount, found.device().features().size())
						: Messages.Devices_consumedNotListed);
			}
		});
	}

	@Override
	protected String consequence(ApiPart part) {
		return part == ApiPart.FEATURE_DEVICES ? Messages.Devices_heldUnknown : null;
	}

	@Override
	protected String recordsNote() {
		List<Device> loaded = current();
		return loaded != null && loaded.stream().anyMatch(d -> !d.featuresListed())
				? Messages.Devices_recordsNote
				: null;
	}

	/** Asks for confirmation with what will be freed, then drops the devices in a Job and reloads. */
	public void dropSelected() {
		List<Device> selected = devices.table().selection().stream().map(d -> held.getOrDefault(d.id(), d)).toList();
		if (selected.isEmpty() || !drop.isEnabled()) {
			return;
		}
		if (!MessageDialog.openConfirm(getSite().getShell(), Messages.Devices_dropTitle, DropConfirmation.text(selected))) {
			return;
		}
		runInJob(selected.size() == 1 ? Messages.Devices_droppingOne : NLS.bind(Messages.Devices_droppingMany, selected.size()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, selected.size());
			LicenseServerClient client = connections.client(progress);
			for (Device device : selected) {
				client.dropDevice(device.id(), progress.split(1));
			}
			return selected.size();
		}, dropped -> {
			getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Devices_dropped, dropped));
			refresh();
		});
	}

	/**
	 * Asks for confirmation with how many devices hold how many counts, then drops every device in one
	 * request ({@code DELETE clients}) in a Job and reloads.
	 */
	public void dropEverything() {
		List<Device> loaded = current();
		if (loaded == null || loaded.isEmpty() || !dropAll.isEnabled()) {
			return;
		}
		if (!MessageDialog.openConfirm(getSite().getShell(), Messages.Devices_dropAllTitle, DropConfirmation.allText(loaded))) {
			return;
		}
		runInJob(Messages.Devices_droppingAll, monitor -> {
			connections.client(monitor).dropAllDevices(monitor);
			return loaded.size();
		}, dropped -> {
			getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.Devices_allDropped);
			refresh();
		});
	}

	@Override
	protected List<Device> load(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		return client.devices(monitor);
	}

	@Override
	protected void show(List<Device> loaded) {
		held.clear();
		lastShowStartNanos = System.nanoTime();
		devices.setRecords(loaded);
		lastShowNanos = System.nanoTime() - lastShowStartNanos;
		setContentDescription(DropConfirmation.devices(loaded.size()));
		updateDrop();
	}

	private long lastShowStartNanos;
	private long lastShowNanos;

	// ---- for tests and the benchmark

	/** How long the last {@link #show} took on the UI thread, in nanoseconds. */
	public long lastShowNanos() {
		return lastShowNanos;
	}

	/** When the last loaded devices reached the UI thread ({@link System#nanoTime()}). */
	public long lastShowStartNanos() {
		return lastShowStartNanos;
	}

	public PagedTable<Device> devicesTable() {
		return devices;
	}

	public RecordTable<ServedFeature> consumedTable() {
		return consumed;
	}

	public Map<String, String> detailValues() {
		return pane.values();
	}

	public Action dropAllAction() {
		return dropAll;
	}

	public Action dropAction() {
		return drop;
	}

	public Text filterField() {
		return filter;
	}

	@Override
	public void setFocus() {
		devices.table().table().setFocus();
	}
}

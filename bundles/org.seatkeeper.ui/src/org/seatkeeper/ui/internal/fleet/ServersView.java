package org.seatkeeper.ui.internal.fleet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.LoginHandler;
import org.seatkeeper.ui.internal.connection.ServerConnection;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.tables.GroupedTree;
import org.seatkeeper.ui.internal.history.AlertCenter;
import org.seatkeeper.ui.internal.history.HistoryService;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * License Servers: the server list as a tree by group, each server with its light (up, down, login needed,
 * untrusted certificate), version, features, counts in use, nearest expiry and devices, asked in the
 * background ({@link FleetStatus}). Selecting a server makes it the current one, which every view that is
 * not pinned shows; the current server is in bold. Servers are added, edited, duplicated, removed, moved to
 * a group and tested from its menus.
 */
public class ServersView extends FleetPart {

	/** A group of the tree: its name and its servers. */
	public record Group(String name, List<ServerEntry> servers) {
	}

	private ServerListEditing editing;
	private TreeViewer viewer;
	private Label summary;
	private boolean following;
	/** The alerts of the window: a server's badge counts those not seen. */
	private AlertCenter alerts;
	private final Runnable alertListener = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh(true);
				}
			});
		}
	};

	@Override
	public void dispose() {
		if (alerts != null) {
			alerts.removeListener(alertListener);
		}
		super.dispose();
	}

	@Override
	protected Control createContent(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		alerts = HistoryService.of(PlatformUI.getWorkbench()).alerts();
		alerts.addListener(alertListener);
		viewer = GroupedTree.create(root, SWT.MULTI, element -> element instanceof Group group ? group.servers() : List.of());
		viewer.getTree().setData("name", "servers");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		ColumnViewerToolTipSupport.enableFor(viewer);
		// narrow columns: the view sits at the left; the counts and the days left are in each cell's tooltip
		column(Messages.Servers_server, 170, this::nameOf, true);
		column(Messages.Servers_version, 70, row(Figures::version), false);
		column(Messages.Servers_features, 70, row(Figures::features), false);
		column(Messages.Servers_inUse, 64, row(Figures::percentInUse), false);
		column(Messages.Servers_expiry, 100, row(Figures::expiryDate), false);
		column(Messages.Servers_devices, 58, row(Figures::devices), false);
		fitNamesToNarrowView();
		summary = new Label(root, SWT.NONE);
		summary.setData("name", "summary");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 3).applyTo(summary);
		editing = new ServerListEditing(status, () -> getSite().getShell(), viewer.getControl());

		viewer.addSelectionChangedListener(event -> {
			if (!following && selected().size() == 1) {
				fleet.setCurrent(selected().get(0).name());
			}
		});
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof ServerEntry entry) {
				editing.edit(entry);
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		contributeToBars();
		return viewer.getControl();
	}

	private void column(String title, int width, Function<Object, String> text, boolean first) {
		TreeViewerColumn column = GroupedTree.column(viewer, title, width, new GroupedTree.Labels(text) {
			@Override
			public Image getImage(Object element) {
				if (!first) {
					return null;
				}
				if (element instanceof ServerEntry entry) {
					return resources.create(Figures.light(status.row(entry.name())));
				}
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof ServerEntry entry && entry.name().equalsIgnoreCase(fleet.currentName()) ? ServerView.boldFont() : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof ServerEntry entry ? tooltip(entry) : null;
			}
		});
		if (!first) {
			column.getColumn().setAlignment(title.equals(Messages.Servers_version) ? SWT.LEFT : SWT.RIGHT);
		}
	}

	/**
	 * In a view too narrow for every column (as at the window's left), the names take the whole width, so
	 * that none is cut; the figures are then a scroll away, or shown when the view is widened. A width the
	 * person gives the column is kept.
	 */
	private void fitNamesToNarrowView() {
		org.eclipse.swt.widgets.Tree tree = viewer.getTree();
		org.eclipse.swt.widgets.TreeColumn names = tree.getColumn(0);
		int own = names.getWidth();
		boolean[] ours = { false };
		boolean[] chosen = { false };
		names.addListener(SWT.Resize, e -> chosen[0] |= !ours[0]);
		tree.addListener(SWT.Resize, e -> {
			if (chosen[0]) {
				return;
			}
			int others = 0;
			for (int i = 1; i < tree.getColumnCount(); i++) {
				others += tree.getColumn(i).getWidth();
			}
			int width = tree.getClientArea().width;
			ours[0] = true;
			names.setWidth(width < own + others ? Math.max(own, width - 2) : own);
			ours[0] = false;
		});
	}

	private Function<Object, String> row(Function<Optional<Row>, String> figure) {
		return element -> element instanceof ServerEntry entry ? figure.apply(status.row(entry.name())) : "";
	}

	private String nameOf(Object element) {
		if (element instanceof Group group) {
			return NLS.bind(Messages.Servers_group, group.name(), group.servers().size());
		}
		ServerEntry entry = (ServerEntry) element;
		int unseen = alerts.unseen(entry.name());
		return unseen == 0 ? entry.name() : NLS.bind(Messages.Servers_badge, entry.name(), unseen);
	}

	private String tooltip(ServerEntry entry) {
		Optional<Row> row = status.row(entry.name());
		StringBuilder tip = new StringBuilder(fleet.connection(entry.name()).map(ServerConnection::describe).orElse(entry.name()));
		tip.append('\n').append(entry.embedded() && row.isEmpty() ? Messages.Fleet_notStarted : Figures.state(row));
		row.filter(r -> !r.detail().isEmpty()).ifPresent(r -> tip.append(": ").append(r.detail()));
		row.filter(r -> r.state() == State.UP).ifPresent(r -> {
			tip.append('\n').append(Messages.Servers_inUse).append(": ").append(Figures.inUse(row));
			tip.append('\n').append(Messages.Servers_expiry).append(": ").append(Figures.nearestExpiry(row, LocalDate.now()));
		});
		int unseen = alerts.unseen(entry.name());
		if (unseen > 0) {
			tip.append("\n\n").append(NLS.bind(Messages.Servers_alerts, unseen));
		}
		if (!entry.notes().isBlank()) {
			tip.append("\n\n").append(entry.notes().strip());
		}
		return tip.toString();
	}

	/** The tree's input: the groups in name order, then the servers without a group, each in list order. */
	static List<Object> tree(ServerList list) {
		Map<String, List<ServerEntry>> groups = new LinkedHashMap<>();
		for (String group : list.groups()) {
			groups.put(group, new ArrayList<>());
		}
		List<Object> top = new ArrayList<>();
		List<Object> loose = new ArrayList<>();
		for (ServerEntry entry : list.entries()) {
			if (entry.group().isEmpty()) {
				loose.add(entry);
			} else {
				groups.get(entry.group()).add(entry);
			}
		}
		groups.forEach((name, servers) -> top.add(new Group(name, List.copyOf(servers))));
		top.addAll(loose);
		return top;
	}

	@Override
	protected void listChanged() {
		Optional<ServerList> list = fleet.list();
		if (list.isEmpty()) {
			summary.setText(Messages.Servers_reading);
			return;
		}
		// groups the person collapsed stay collapsed; new groups open
		java.util.Set<String> collapsed = new java.util.HashSet<>();
		if (viewer.getInput() instanceof List<?> old) {
			for (Object element : old) {
				if (element instanceof Group group && !viewer.getExpandedState(element)) {
					collapsed.add(group.name());
				}
			}
		}
		List<Object> input = tree(list.get());
		following = true;
		try {
			viewer.setInput(input);
			for (Object element : input) {
				if (element instanceof Group group) {
					viewer.setExpandedState(element, !collapsed.contains(group.name()));
				}
			}
			list.get().find(fleet.currentName()).ifPresent(current -> {
				if (selected().size() != 1 || !selected().get(0).name().equalsIgnoreCase(current.name())) {
					viewer.setSelection(new StructuredSelection(current), true);
				}
			});
		} finally {
			following = false;
		}
		updateSummary();
	}

	@Override
	protected void figuresChanged() {
		viewer.refresh(true);
		updateSummary();
	}

	private void updateSummary() {
		List<ServerEntry> entries = fleet.list().map(ServerList::entries).orElse(List.of());
		Map<State, Integer> counts = new java.util.EnumMap<>(State.class);
		for (ServerEntry entry : entries) {
			status.row(entry.name()).ifPresent(row -> counts.merge(row.state(), 1, Integer::sum));
		}
		StringBuilder text = new StringBuilder(NLS.bind(entries.size() == 1 ? Messages.Servers_countOne : Messages.Servers_count, entries.size()));
		counts.forEach((state, count) -> text.append("  \u00b7  ").append(count).append(' ').append(Figures.state(state).toLowerCase()));
		appendSurveyState(text);
		summary.setText(text.toString());
		summary.getParent().layout();
	}

	/** The servers selected (groups are left out). */
	public List<ServerEntry> selected() {
		List<ServerEntry> entries = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof ServerEntry entry) {
				entries.add(entry);
			}
		}
		return entries;
	}

	/** The group of the selection, for a server added from it; empty when none. */
	private String selectedGroup() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Group group ? group.name() : first instanceof ServerEntry entry ? entry.group() : "";
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** The changes of the list its menus make; for tests. */
	public ServerListEditing editing() {
		return editing;
	}

	private void fillMenu(IMenuManager menu) {
		List<ServerEntry> chosen = selected();
		ServerEntry one = chosen.size() == 1 ? chosen.get(0) : null;
		menu.add(action(Messages.Servers_add, true, () -> editing.add(selectedGroup())));
		menu.add(action(Messages.Servers_edit, one != null, () -> editing.edit(one)));
		menu.add(action(Messages.Servers_duplicate, one != null && !one.embedded(), () -> editing.duplicate(one)));
		menu.add(action(Messages.Servers_move, !chosen.isEmpty(), () -> editing.moveToGroup(chosen)));
		menu.add(action(Messages.Servers_remove, !chosen.isEmpty(), () -> editing.remove(chosen)));
		menu.add(new Separator());
		menu.add(action(Messages.Servers_test, one != null, () -> test(one)));
		menu.add(action(Messages.Servers_logIn, one != null, () -> {
			fleet.setCurrent(one.name());
			fleet.connection(one.name()).ifPresent(c -> LoginHandler.logIn(getSite().getShell(), c));
		}));
		menu.add(new Separator());
		menu.add(action(Messages.Servers_overview, true, this::openOverview));
		menu.add(action(Messages.Servers_import, true, editing::importList));
		menu.add(action(Messages.Servers_export, true, editing::exportList));
	}

	private void contributeToBars() {
		var bars = getViewSite().getActionBars();
		Action add = action(Messages.Servers_add, true, () -> editing.add(selectedGroup()));
		add.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		bars.getToolBarManager().add(add);
		Action overview = action(Messages.Servers_overview, true, this::openOverview);
		overview.setImageDescriptor(org.eclipse.jface.resource.ResourceLocator
				.imageDescriptorFromBundle(SeatkeeperUi.PLUGIN_ID, "icons/fleet.png").orElse(null));
		bars.getToolBarManager().add(overview);
		bars.getMenuManager().add(action(Messages.Servers_import, true, editing::importList));
		bars.getMenuManager().add(action(Messages.Servers_export, true, editing::exportList));
	}

	private static Action action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/** Asks the server now and says what it answered. */
	private void test(ServerEntry entry) {
		Background.work(NLS.bind(Messages.EntryDialog_testing, entry.name()), monitor -> status.test(entry, fleet.connection(entry.name())))
				.busyIn(getSite()).deliverTo(viewer.getControl())
				.onSuccess(row -> {
					figuresArrived();
					MessageDialog.openInformation(getSite().getShell(), NLS.bind(Messages.Servers_testTitle, entry.name()),
							row.map(Figures::testResult).orElse(Messages.Fleet_notStarted));
				}).onFailure(failure -> MessageDialog.openError(getSite().getShell(), NLS.bind(Messages.Servers_testTitle, entry.name()),
						failure.message()))
				.schedule();
	}

	private void openOverview() {
		try {
			getSite().getPage().showView(SeatkeeperUi.FLEET_VIEW_ID);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Servers_overview, e.getMessage());
		}
	}
}

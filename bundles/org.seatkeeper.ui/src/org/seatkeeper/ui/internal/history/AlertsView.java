package org.seatkeeper.ui.internal.history;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.history.AlertCenter.Entry;
import org.seatkeeper.ui.internal.history.AlertCenter.State;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * The alerts the collector raised in this window: active ones first, then those that cleared and wait to be
 * acknowledged. Acknowledge (the alert is not told again; a cleared one goes), Mute for an hour, a day or a
 * week (not told, not counted on the server's badge), Unmute; double-click makes the alert's server current.
 */
public final class AlertsView extends ViewPart {

	public static final String ID = SeatkeeperUi.ALERTS_VIEW_ID;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	private AlertCenter alerts;
	private TableViewer table;
	private Label summary;
	private final Runnable listener = () -> {
		if (table != null && !table.getTable().isDisposed()) {
			table.getTable().getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		alerts = HistoryService.of(PlatformUI.getWorkbench()).alerts();
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		summary = new Label(root, SWT.NONE);
		summary.setData("name", "summary");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 3).applyTo(summary);
		table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setData("name", "alerts");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		column(Messages.Alerts_state, 110, this::state);
		column(Messages.Alerts_server, 120, e -> e.alert().server());
		column(Messages.Alerts_rule, 120, e -> e.alert().kind().label());
		column(Messages.Alerts_message, 520, e -> e.alert().message());
		column(Messages.Alerts_raised, 120, e -> TIME.format(e.raised()));
		table.addDoubleClickListener(event -> selected().stream().findFirst().ifPresent(
				entry -> PlatformUI.getWorkbench().getService(ServerConnections.class).setCurrent(entry.alert().server())));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fill);
		table.getTable().setMenu(menu.createContextMenu(table.getTable()));
		getSite().registerContextMenu(menu, table);
		getSite().setSelectionProvider(table);
		fill(getViewSite().getActionBars().getMenuManager());
		getViewSite().getActionBars().getToolBarManager().add(acknowledge());
		ServerView.activateGuideContext(getSite());
		alerts.addListener(listener);
		refresh();
	}

	private void fill(IMenuManager menu) {
		menu.add(acknowledge());
		menu.add(new Separator());
		menu.add(mute(Messages.Alerts_muteHour, Duration.ofHours(1)));
		menu.add(mute(Messages.Alerts_muteDay, Duration.ofDays(1)));
		menu.add(mute(Messages.Alerts_muteWeek, Duration.ofDays(7)));
		menu.add(mute(Messages.Alerts_unmute, null));
	}

	private IAction acknowledge() {
		return new Action(Messages.Alerts_acknowledge) {
			@Override
			public void run() {
				alerts.acknowledge(keys());
			}
		};
	}

	private IAction mute(String text, Duration time) {
		return new Action(text) {
			@Override
			public void run() {
				alerts.mute(keys(), time);
			}
		};
	}

	private List<String> keys() {
		return selected().stream().map(e -> e.alert().key()).toList();
	}

	private List<Entry> selected() {
		return table.getStructuredSelection().toList().stream().map(Entry.class::cast).toList();
	}

	private String state(Entry entry) {
		Instant now = Instant.now();
		String state = entry.state() == State.ACTIVE ? Messages.Alerts_active : Messages.Alerts_cleared;
		if (entry.muted(now)) {
			return NLS.bind(Messages.Alerts_muted, state, TIME.format(entry.mutedUntil().orElseThrow()));
		}
		return entry.acknowledged() ? NLS.bind(Messages.Alerts_seen, state) : state;
	}

	private void column(String title, int width, Function<Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Entry) element)));
	}

	private void refresh() {
		if (table.getTable().isDisposed()) {
			return;
		}
		List<Entry> entries = alerts.entries();
		table.setInput(entries);
		long active = entries.stream().filter(e -> e.state() == State.ACTIVE).count();
		summary.setText(entries.isEmpty() ? Messages.Alerts_none : NLS.bind(Messages.Alerts_summary, active, entries.size() - active));
		summary.getParent().layout(true);
	}

	/** The table, for tests. */
	public TableViewer table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		alerts.removeListener(listener);
		super.dispose();
	}
}

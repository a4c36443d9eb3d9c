package org.seatkeeper.ui.internal.exchanges;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.tables.Copying;
import org.seatkeeper.ui.internal.tables.RecordTable;

/**
 * The offline exchanges made with Seatkeeper, newest first: requests saved and responses uploaded, with
 * each file's checksum and what came of it. Kept by the product, for every server it talked to.
 */
public class ExchangeHistoryView extends ViewPart {

	private RecordTable<Exchange> table;
	private Label where;

	@Override
	public void createPartControl(Composite parent) {
		org.seatkeeper.ui.internal.views.ServerView.activateGuideContext(getSite());
		ExchangeHistory history = PlatformUI.getWorkbench().getService(ExchangeHistory.class);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
		where = new Label(body, SWT.WRAP);
		where.setText(NLS.bind(Messages.HistoryView_keptIn, history.file()));
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(where);
		table = ExchangeHistoryTable.create(body, history);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.table());
		Action copy = new Action(Messages.HistoryView_copy) {
			@Override
			public void run() {
				Copying.copy(getViewSite(), table.copied());
			}
		};
		copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
		Copying.handle(getViewSite(), table::copied);
		MenuManager menu = new MenuManager();
		menu.add(copy);
		table.table().setMenu(menu.createContextMenu(table.table()));
		getSite().registerContextMenu(menu, table.viewer());
		getSite().setSelectionProvider(table.viewer());
		// a history that could not be read is set aside: say so
		Background.work(Messages.History_reading, monitor -> history.problem()).system().deliverTo(where)
				.onSuccess(problem -> problem.ifPresent(text -> {
					where.setText(text);
					where.setForeground(where.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
					where.getParent().layout();
				})).schedule();
	}

	/** The table, for tests. */
	public RecordTable<Exchange> table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.table().setFocus();
	}
}

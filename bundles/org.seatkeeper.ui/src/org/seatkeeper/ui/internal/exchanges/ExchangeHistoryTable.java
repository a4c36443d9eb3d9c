package org.seatkeeper.ui.internal.exchanges;

import java.util.Comparator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.seatkeeper.core.offline.ExchangeHistory;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.tables.RecordTable;

/** The table of offline exchanges, newest first: in the Offline Exchanges view and on the wizard's last page. */
public final class ExchangeHistoryTable {

	private ExchangeHistoryTable() {
	}

	/** A table of {@code history}'s exchanges in {@code parent}, kept up to date until it is disposed. */
	public static RecordTable<Exchange> create(Composite parent, ExchangeHistory history) {
		RecordTable<Exchange> table = new RecordTable<Exchange>(parent, SWT.MULTI)
				.column(Messages.History_time, 150, e -> Formats.time(e.time()), Comparator.comparing(Exchange::time))
				.column(Messages.History_operation, 150, e -> e.operation().label())
				.column(Messages.History_result, 320, Exchange::result, null, null, Exchange::result,
						e -> e.succeeded() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED))
				.column(Messages.History_file, 260, Exchange::file, null, null, Exchange::file, null)
				.column(Messages.History_size, 90, e -> Formats.bytes(e.size()), Comparator.comparingLong(Exchange::size))
				.column(Messages.History_sha256, 260, Exchange::sha256, null, null, Exchange::sha256, null)
				.column(Messages.History_server, 200, Exchange::server);
		table.sortBy(0, false);
		// the history is read from its file at the first use: never on the UI thread
		Runnable listener = () -> Background.work(Messages.History_reading, monitor -> history.exchanges()).system()
				.deliverTo(table.table()).onSuccess(table::setItems).schedule();
		history.addListener(listener);
		table.table().addDisposeListener(event -> history.removeListener(listener));
		listener.run();
		return table;
	}
}

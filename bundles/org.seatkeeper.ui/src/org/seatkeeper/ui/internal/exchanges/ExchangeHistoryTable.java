package org.seatkeeper.ui.internal.exchanges;

import java.util.Comparator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.seatkeeper.core.offline.ExchangeHistory.Exchange;
import org.seatkeeper.core.offline.ExchangeHistory;
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
				.column("Time", 150, e -> Formats.time(e.time()), Comparator.comparing(Exchange::time))
				.column("Operation", 150, e -> e.operation().label())
				.column("Result", 320, Exchange::result, null, null, Exchange::result,
						e -> e.succeeded() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED))
				.column("File", 260, Exchange::file, null, null, Exchange::file, null)
				.column("Size", 90, e -> Formats.bytes(e.size()), Comparator.comparingLong(Exchange::size))
				.column("SHA-256", 260, Exchange::sha256, null, null, Exchange::sha256, null)
				.column("Server", 200, Exchange::server);
		table.sortBy(0, false);
		// the history is read from its file at the first use: never on the UI thread
		Runnable listener = () -> Background.work("Reading the history of offline exchanges", monitor -> history.exchanges()).system()
				.deliverTo(table.table()).onSuccess(table::setItems).schedule();
		history.addListener(listener);
		table.table().addDisposeListener(event -> history.removeListener(listener));
		listener.run();
		return table;
	}
}

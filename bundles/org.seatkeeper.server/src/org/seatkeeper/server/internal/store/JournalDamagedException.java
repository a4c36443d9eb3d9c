package org.seatkeeper.server.internal.store;

import java.nio.file.Path;

/** The journal is damaged before its end: the store does not open until it is recovered. */
public final class JournalDamagedException extends StoreException {

	private static final long serialVersionUID = 1L;

	JournalDamagedException(Path file, JournalScan.Result result) {
		super("The journal " + file + " is damaged at byte " + result.goodEnd() + " (" + result.problem() + "), and "
				+ (result.linesAfter() - 1) + " more lines follow it. Nothing was changed. Start the server once with --recover"
				+ " to keep a copy of the journal and cut it at that byte, dropping the " + result.linesAfter() + " lines from there");
	}
}

package org.seatkeeper.ui.tests;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stalls: a timer runs every 2 ms on the UI thread, and the longest gap between
 * two of its runs while an action goes on is the longest time the UI could not answer the user.
 */
final class Heartbeat {

	private Heartbeat() {
	}

	/** Runs {@code action} on the UI thread (it may run the event loop) and returns the longest stall in ms. */
	static double longestStall(Display display, Runnable action) {
		long[] last = { System.nanoTime() };
		long[] longest = { 0 };
		boolean[] beating = { true };
		Runnable[] beat = new Runnable[1];
		beat[0] = () -> {
			long now = System.nanoTime();
			longest[0] = Math.max(longest[0], now - last[0]);
			last[0] = now;
			if (beating[0]) {
				display.timerExec(2, beat[0]);
			}
		};
		display.timerExec(2, beat[0]);
		long start = System.nanoTime();
		action.run();
		beating[0] = false;
		// the action itself ran on the UI thread: count the time since the last beat up to its end too
		longest[0] = Math.max(longest[0], System.nanoTime() - Math.max(last[0], start));
		return longest[0] / 1e6;
	}
}

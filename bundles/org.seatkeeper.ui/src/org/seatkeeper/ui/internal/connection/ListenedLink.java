package org.seatkeeper.ui.internal.connection;

import org.eclipse.core.runtime.ListenerList;

/** A {@link ServerLink} with its listeners, told on the thread where something changed. */
public abstract class ListenedLink implements ServerLink {

	private final ListenerList<Runnable> listeners = new ListenerList<>();

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Tells the listeners; never under a lock. */
	protected void fire() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}
}

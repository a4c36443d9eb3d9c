package org.seatkeeper.ui.internal.history;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.seatkeeper.history.alerts.Alert;

/**
 * Tells a person about alerts just raised with a desktop notification ({@code org.eclipse.jface.notifications}),
 * one for the alerts of a round: the first alert's rule and message, and how many more there are.
 */
public final class AlertNotifier implements Consumer<List<Alert>> {

	/** How long a notification stays. */
	private static final int SHOWN_MS = 8_000;

	private final Display display;
	private volatile NotificationPopup last;

	public AlertNotifier(Display display) {
		this.display = display;
	}

	@Override
	public void accept(List<Alert> raised) {
		if (raised.isEmpty() || display.isDisposed()) {
			return;
		}
		Alert first = raised.get(0);
		String title = raised.size() == 1 ? NLS.bind(Messages.Notify_one, first.kind().label(), first.server())
				: NLS.bind(Messages.Notify_many, raised.size());
		String text = raised.size() == 1 ? first.message() : NLS.bind(Messages.Notify_more, first.message(), raised.size() - 1);
		display.asyncExec(() -> {
			if (!display.isDisposed()) {
				NotificationPopup popup = NotificationPopup.forDisplay(display).title(title, true).text(text).delay(SHOWN_MS).build();
				last = popup;
				popup.open();
			}
		});
	}

	/** The last notification opened, for tests. */
	public NotificationPopup last() {
		return last;
	}
}

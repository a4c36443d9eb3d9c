package org.seatkeeper.ui.internal.history;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.seatkeeper.history.alerts.Alert;

/**
 * Tells a person about alerts just raised with a desktop notification ({@code org.eclipse.jface.notifications}),
 * one for the alerts of a round: up to three of them, each its rule and message, and how many more the Alerts
 * view has.
 */
public final class AlertNotifier implements Consumer<List<Alert>> {

	/** How long a notification stays. */
	private static final int SHOWN_MS = 8_000;
	/** The alerts a notification lists; the rest are counted. */
	private static final int LISTED = 3;
	/** The width of a notification's text, so that long messages wrap rather than being cut. */
	private static final int TEXT_WIDTH = 360;

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
		String title = raised.size() == 1 ? NLS.bind(Messages.Notify_one, raised.get(0).kind().label(), raised.get(0).server())
				: NLS.bind(Messages.Notify_many, raised.size());
		display.asyncExec(() -> {
			if (!display.isDisposed()) {
				NotificationPopup popup = NotificationPopup.forDisplay(display).title(title, true).content(parent -> content(parent, raised))
						.delay(SHOWN_MS).build();
				last = popup;
				popup.open();
			}
		});
	}

	private static Composite content(Composite parent, List<Alert> raised) {
		Composite content = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(content);
		for (Alert alert : raised.subList(0, Math.min(LISTED, raised.size()))) {
			Label line = new Label(content, SWT.WRAP);
			line.setText(raised.size() == 1 ? alert.message() : NLS.bind(Messages.Notify_line, alert.kind().label(), alert.message()));
			GridDataFactory.fillDefaults().grab(true, false).hint(TEXT_WIDTH, SWT.DEFAULT).applyTo(line);
		}
		if (raised.size() > LISTED) {
			Label more = new Label(content, SWT.WRAP);
			more.setText(NLS.bind(Messages.Notify_more, raised.size() - LISTED));
			GridDataFactory.fillDefaults().grab(true, false).hint(TEXT_WIDTH, SWT.DEFAULT).applyTo(more);
		}
		return content;
	}

	/** The last notification opened, for tests. */
	public NotificationPopup last() {
		return last;
	}
}

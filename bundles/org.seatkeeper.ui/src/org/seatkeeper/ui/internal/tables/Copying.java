package org.seatkeeper.ui.internal.tables;

import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The one way a view copies: it handles the workbench's Copy command (Ctrl+C, Edit › Copy, and any
 * button or menu entry bound to it) while it is active, puts text on the clipboard, and says in the
 * status line what it copied.
 */
public final class Copying {

	/** Text to copy and what to say of it ("3 rows copied"). */
	public record Copied(String text, String said) {
	}

	private Copying() {
	}

	/** Makes Copy in {@code site}'s part copy what {@code what} gives at the time (null: nothing to copy). */
	public static void handle(IViewSite site, Supplier<Copied> what) {
		site.getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				copy(site, what.get());
				return null;
			}
		});
	}

	/** Puts {@code copied} on the clipboard and says so in {@code site}'s status line. */
	public static void copy(IViewSite site, Copied copied) {
		if (copied == null) {
			return;
		}
		put(site.getShell().getDisplay(), copied.text());
		site.getActionBars().getStatusLineManager().setMessage(copied.said());
	}

	/** Puts {@code text} on the clipboard. */
	public static void put(Display display, String text) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}

package org.seatkeeper.ui.internal.views;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.ui.internal.connection.ServerConnections;

/**
 * The actions every server view has for the server it shows: "Pin to This Server" in its toolbar (a
 * pinned view keeps its server when another becomes current), and "Open on Server" in its menu, which
 * opens another instance of the view pinned to the server chosen, so that two servers are side by side.
 */
final class ServerViewActions {

	/** The id of the pin action, for tests. */
	static final String PIN_ID = "org.seatkeeper.ui.actions.pinView";

	private ServerViewActions() {
	}

	static void contribute(ServerView<?> view, IActionBars bars, ServerConnections fleet) {
		Action pin = new Action(Messages.ServerView_pin, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				view.server().pin(isChecked() ? view.server().name() : null);
			}
		};
		pin.setId(PIN_ID);
		pin.setToolTipText(Messages.ServerView_pinTip);
		pin.setImageDescriptor(AbstractUIPlugin.imageDescriptorFromPlugin("org.eclipse.ui", "icons/full/etool16/pin_editor.png"));
		pin.setChecked(view.server().pinned().isPresent());
		view.server().addListener(() -> org.eclipse.swt.widgets.Display.getDefault()
				.asyncExec(() -> pin.setChecked(view.server().pinned().isPresent())));
		bars.getToolBarManager().add(pin);

		MenuManager open = new MenuManager(Messages.ServerView_openOn);
		open.setRemoveAllWhenShown(true);
		open.addMenuListener(menu -> fleet.list().ifPresent(list -> {
			for (ServerEntry entry : list.entries()) {
				menu.add(new Action(entry.group().isEmpty() ? entry.name() : entry.name() + "  \u2013  " + entry.group()) {
					@Override
					public void run() {
						try {
							ServerView.openPinned(view.getSite().getPage(), view.getViewSite().getId(), entry.name());
						} catch (PartInitException e) {
							MessageDialog.openError(view.getSite().getShell(), Messages.ServerView_openOn,
									NLS.bind(Messages.ServerView_cannotOpen, entry.name(), e.getMessage()));
						}
					}
				});
			}
		}));
		bars.getMenuManager().add(open);
		bars.updateActionBars();
	}
}

package org.seatkeeper.model.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › New › Model Definition in the standalone product: the new file goes anywhere on disk. */
public final class NewModelFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null) {
			new WizardDialog(window.getShell(), new NewModelFileWizard(window.getActivePage(), proposed())).open();
		}
		return null;
	}

	/** {@code licensing.model} in the user's home folder, or {@code licensing-2.model}, … when it is taken. */
	static Path proposed() {
		Path home = Path.of(System.getProperty("user.home"));
		Path file = home.resolve("licensing.model");
		for (int i = 2; Files.exists(file) && i < 100; i++) {
			file = home.resolve("licensing-" + i + ".model");
		}
		return file;
	}
}

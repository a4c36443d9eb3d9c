package org.seatkeeper.ui.internal.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** Opens model files from anywhere on disk in the model editor: File › Open File…, Open Recent, a drop. */
public final class ModelFiles {

	private ModelFiles() {
	}

	/**
	 * Opens each of {@code files} in {@code window}'s page. What cannot be opened (missing, a folder, not a
	 * {@code .model} file) is said in one message, where the person acted; the others open.
	 *
	 * @return the editors opened
	 */
	public static List<IEditorPart> open(IWorkbenchWindow window, List<Path> files) {
		List<IEditorPart> opened = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			String problem = problem(file);
			if (problem == null) {
				try {
					opened.add(IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(file.toUri())));
				} catch (PartInitException e) {
					problem = NLS.bind(Messages.Open_failed, file, e.getMessage());
				}
			}
			if (problem != null) {
				problems.add(problem);
				if (!Files.exists(file)) {
					RecentFiles.ofWorkbench().remove(file);
				}
			}
		}
		if (!problems.isEmpty()) {
			MessageDialog.openError(window.getShell(), Messages.Open_title, String.join("\n", problems));
		}
		return opened;
	}

	/** Why {@code file} cannot be opened as a model file, or null. */
	static String problem(Path file) {
		if (!Files.exists(file)) {
			return NLS.bind(Messages.Open_missing, file);
		}
		if (!Files.isRegularFile(file)) {
			return NLS.bind(Messages.Open_notAFile, file);
		}
		if (!file.getFileName().toString().endsWith(".model")) {
			return NLS.bind(Messages.Open_notAModel, file);
		}
		return null;
	}
}

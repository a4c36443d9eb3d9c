package org.seatkeeper.ui.internal.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File › Open File…: one or more {@code .model} files from anywhere on disk. */
public final class OpenFileAction extends Action {

	public static final String ID = "org.seatkeeper.ui.openModelFile";

	private final IWorkbenchWindow window;
	private String folder;

	public OpenFileAction(IWorkbenchWindow window) {
		super(Messages.Open_action);
		this.window = window;
		setId(ID);
		setToolTipText(Messages.Open_tooltip);
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Open_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.model", "*" });
		dialog.setFilterNames(new String[] { Messages.Open_filterModels, Messages.Open_filterAll });
		if (folder != null) {
			dialog.setFilterPath(folder);
		}
		if (dialog.open() == null) {
			return;
		}
		folder = dialog.getFilterPath();
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(folder, name));
		}
		ModelFiles.open(window, files);
	}
}

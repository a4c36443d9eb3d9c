package org.seatkeeper.ui.internal.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;

/** Files dropped on the window's editor area open in the model editor. */
public final class ModelFileDrop extends DropTargetAdapter {

	private final IWorkbenchWindow window;

	public ModelFileDrop(IWorkbenchWindow window) {
		this.window = window;
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = FileTransfer.getInstance().isSupportedType(event.currentDataType) ? DND.DROP_COPY : DND.DROP_NONE;
	}

	@Override
	public void dragOperationChanged(DropTargetEvent event) {
		dragEnter(event);
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof String[] names) {
			open(names);
		}
	}

	/** Opens the dropped files, named as {@link FileTransfer} gives them. */
	public void open(String[] names) {
		List<Path> files = new ArrayList<>();
		for (String name : names) {
			files.add(Path.of(name));
		}
		ModelFiles.open(window, files);
	}
}

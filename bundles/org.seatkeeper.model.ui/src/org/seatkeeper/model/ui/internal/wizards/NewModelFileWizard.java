package org.seatkeeper.model.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File › New › Model Definition where there is no workspace project to put it in (the standalone product): a
 * {@code .model} file anywhere on disk, from the template that validates, opened in the editor.
 */
public final class NewModelFileWizard extends Wizard {

	private final IWorkbenchPage page;
	private final NewModelFilePage filePage;

	/** A wizard that opens the new file in {@code page}, proposing {@code proposed} (a path) first. */
	public NewModelFileWizard(IWorkbenchPage page, Path proposed) {
		this.page = page;
		this.filePage = new NewModelFilePage(proposed);
		setWindowTitle(Messages.NewModelWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(filePage);
	}

	/** The page, for tests. */
	public NewModelFilePage filePage() {
		return filePage;
	}

	@Override
	public boolean performFinish() {
		Path file = filePage.file();
		byte[] text = NewModelWizard.template(file.getFileName().toString()).getBytes(StandardCharsets.UTF_8);
		try {
			getContainer().run(true, false, monitor -> {
				try {
					Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			String reason = e.getCause() instanceof FileAlreadyExistsException ? Messages.NewModelFile_exists
					: e.getCause().getMessage() == null ? e.getCause().toString() : e.getCause().getMessage();
			filePage.setErrorMessage(NLS.bind(Messages.NewModelFile_notWritten, file, reason));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		try {
			IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
		} catch (PartInitException e) {
			filePage.setErrorMessage(NLS.bind(Messages.NewModelWizard_notOpened, e.getMessage()));
			return false;
		}
		return true;
	}
}

package org.seatkeeper.ui.internal.pools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.StorageDocumentProvider;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.model.ui.ModelViewers;

/**
 * Documents of {@link ServerModelInput}s (registered for them in plugin.xml): editable, highlighted as model
 * files are, with annotations (the editor's problems, and a server's refusal at its line). Saving does not
 * write anywhere: it hands the text to {@link ServerModelSave}, which uploads it after a check and a
 * confirmation, in the background; until the server applies it, the document stays unsaved (and an
 * editor being closed stays open), so a refused or cancelled upload loses nothing. Save As... writes the
 * text to the file chosen (whole or not at all).
 */
public final class ServerModelDocumentProvider extends StorageDocumentProvider {

	@Override
	protected void setupDocument(Object element, IDocument document) {
		ModelViewers.partition(document);
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return new AnnotationModel();
	}

	@Override
	public boolean isReadOnly(Object element) {
		return !(element instanceof ServerModelInput) && super.isReadOnly(element);
	}

	@Override
	public boolean isModifiable(Object element) {
		return element instanceof ServerModelInput || super.isModifiable(element);
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) throws CoreException {
		if (element instanceof IURIEditorInput file && "file".equals(file.getURI().getScheme())) {
			// Save As...: a copy on disk, which the editor shows next. The text framework saves as the editor
			// asks, at once, before it opens the new file: one small local file, as every file editor writes it.
			saveCopy(Path.of(file.getURI()), document.get());
			return;
		}
		if (!(element instanceof ServerModelInput input)) {
			super.doSaveDocument(monitor, element, document, overwrite);
			return;
		}
		ServerModelSave.start(this, input, document.get());
		// not saved yet: the document stays dirty, and a close that asked to save is called off
		if (monitor != null) {
			monitor.setCanceled(true);
		}
		throw new CoreException(Status.CANCEL_STATUS);
	}

	private static void saveCopy(Path file, String text) throws CoreException {
		try {
			AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.ServerModel_copyFailed, file, e.getMessage() == null ? e : e.getMessage()), e));
		}
	}

	/** Marks the document of {@code input} saved if its text is still {@code definition}, which the server now applies. */
	void uploaded(ServerModelInput input, String definition) {
		input.uploaded(definition);
		ElementInfo info = getElementInfo(input);
		if (info != null && info.fDocument.get().equals(definition)) {
			info.fCanBeSaved = false;
			addUnchangedElementListeners(input, info); // the next change makes it dirty again
			fireElementDirtyStateChanged(input, false);
		}
	}

	/** The annotations of {@code input}'s document, where a refusal is shown; null when it is not open. */
	IAnnotationModel annotations(ServerModelInput input) {
		return getAnnotationModel(input);
	}
}

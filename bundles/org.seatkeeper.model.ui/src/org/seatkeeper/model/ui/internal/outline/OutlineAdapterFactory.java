package org.seatkeeper.model.ui.internal.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.seatkeeper.model.ui.internal.editor.ModelEditorTester;

/** Gives text editors that show a model definition their outline page. */
public final class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& ModelEditorTester.isModelDefinition(editor.getEditorInput())) {
			return adapterType.cast(new ModelOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}

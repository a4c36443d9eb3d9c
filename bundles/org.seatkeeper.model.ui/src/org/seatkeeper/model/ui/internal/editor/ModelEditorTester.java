package org.seatkeeper.model.ui.internal.editor;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.internal.server.ModelServers;

/**
 * {@code org.seatkeeper.model.ui.isModelDefinition}: whether an editor shows a model definition (a
 * workspace file of the model content type, or any file named {@code *.model});
 * {@code org.seatkeeper.model.ui.hasServer}: whether an installed application offers a license server to
 * upload to.
 */
public final class ModelEditorTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if ("hasServer".equals(property)) {
			return ModelServers.find().isPresent();
		}
		return receiver instanceof IEditorPart editor && isModelDefinition(editor.getEditorInput());
	}

	public static boolean isModelDefinition(IEditorInput input) {
		if (input == null) {
			return false;
		}
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			try {
				IContentDescription description = file.getContentDescription();
				if (description != null && description.getContentType() != null
						&& description.getContentType().isKindOf(
								org.eclipse.core.runtime.Platform.getContentTypeManager().getContentType(ModelUi.CONTENT_TYPE))) {
					return true;
				}
			} catch (CoreException e) {
				// fall back to the name
			}
		}
		return input.getName() != null && input.getName().endsWith("." + ModelUi.EXTENSION);
	}
}

package org.seatkeeper.ui.internal.pools;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** A model definition in an editor beside the one a server applies, in the compare editor (both read-only). */
public final class ModelCompareInput extends CompareEditorInput {

	private final Side left;
	private final Side right;

	ModelCompareInput(String leftName, String leftText, String rightName, String rightText) {
		super(new CompareConfiguration());
		left = new Side(leftName, leftText);
		right = new Side(rightName, rightText);
		CompareConfiguration configuration = getCompareConfiguration();
		configuration.setLeftLabel(leftName);
		configuration.setRightLabel(rightName);
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		setTitle(NLS.bind(Messages.Pools_compareTitle, leftName, rightName));
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		return new DiffNode(left, right);
	}

	/** The text on the left (the editor's), for tests. */
	public String leftText() {
		return left.text();
	}

	/** The text on the right (the server's), for tests. */
	public String rightText() {
		return right.text();
	}

	/** One side: a name and a text, compared as plain text. */
	private record Side(String name, String text) implements ITypedElement, IStreamContentAccessor {
		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}

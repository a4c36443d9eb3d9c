package org.seatkeeper.model.ui.internal.highlight;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.internal.preferences.SyntaxStyle;

/**
 * Syntax highlighting of model definitions: comments by partition; the rest (strings and regular
 * expressions included) by the model language's lexer, a line at a time (damage and repair of what changed only).
 * Colours come from the preferences, and open editors follow a change at once.
 */
public final class ModelPresentationReconciler extends PresentationReconciler {

	private final IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ModelUi.PLUGIN_ID);
	private final SyntaxTokens tokens = new SyntaxTokens(store);
	private final IPropertyChangeListener listener = event -> {
		if (event.getProperty().startsWith("syntax.")) {
			restyle();
		}
	};
	private ITextViewer viewer;

	public ModelPresentationReconciler() {
		setDocumentPartitioning(ModelPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new SparseDamagerRepairer(new ModelTokenScanner(tokens));
		setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comments = new DefaultDamagerRepairer(new WholeRangeScanner(tokens, SyntaxStyle.COMMENT));
		setDamager(comments, ModelPartitions.COMMENT);
		setRepairer(comments, ModelPartitions.COMMENT);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		viewer = textViewer;
		store.addPropertyChangeListener(listener);
	}

	@Override
	public void uninstall() {
		store.removePropertyChangeListener(listener);
		viewer = null;
		super.uninstall();
	}

	private void restyle() {
		tokens.update(store);
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			ITextViewer current = viewer;
			if (current != null && current.getTextWidget() != null && !current.getTextWidget().isDisposed()) {
				current.invalidateTextPresentation();
			}
		});
	}

	/**
	 * Gives text of the default look (white space, plain words) no style range. StyledText (SWT 3.134) copies
	 * all its style ranges each time a range of them is replaced, that is at each keystroke; in a 20,000-line
	 * model this halves what every keystroke copies and leaves for the garbage collector.
	 */
	static final class SparseDamagerRepairer extends DefaultDamagerRepairer {

		SparseDamagerRepairer(ITokenScanner scanner) {
			super(scanner);
		}

		@Override
		protected void addRange(TextPresentation presentation, int offset, int length, TextAttribute attribute) {
			if (attribute != null && (attribute.getForeground() != null || attribute.getBackground() != null
					|| attribute.getStyle() != SWT.NORMAL || attribute.getFont() != null)) {
				super.addRange(presentation, offset, length, attribute);
			}
		}
	}

	/** The attribute a style has now, for tests. */
	public TextAttribute attribute(SyntaxStyle style) {
		return (TextAttribute) tokens.get(style).getData();
	}
}

package org.seatkeeper.model.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.seatkeeper.model.ui.ModelUi;

/** Preferences › Model Editor: the colour and weight of each kind of text. */
public final class SyntaxColoringPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SyntaxColoringPreferencePage() {
		super(GRID);
		setDescription(Messages.SyntaxPage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ModelUi.PLUGIN_ID));
	}

	@Override
	protected void createFieldEditors() {
		for (SyntaxStyle style : SyntaxStyle.values()) {
			addField(new ColorFieldEditor(style.colorKey(), NLS.bind(Messages.SyntaxPage_style, style.label()), getFieldEditorParent()));
			addField(new BooleanFieldEditor(style.boldKey(), Messages.SyntaxPage_bold, getFieldEditorParent()));
		}
	}
}

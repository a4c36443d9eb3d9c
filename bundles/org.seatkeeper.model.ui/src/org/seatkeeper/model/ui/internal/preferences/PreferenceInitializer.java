package org.seatkeeper.model.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.resource.StringConverter;
import org.seatkeeper.model.ui.ModelUi;

/** The syntax colours' defaults: the light palette (the dark theme's CSS overrides them). */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ModelUi.PLUGIN_ID);
		for (SyntaxStyle style : SyntaxStyle.values()) {
			defaults.put(style.colorKey(), StringConverter.asString(style.lightColor()));
			defaults.putBoolean(style.boldKey(), style.isBoldByDefault());
		}
	}
}

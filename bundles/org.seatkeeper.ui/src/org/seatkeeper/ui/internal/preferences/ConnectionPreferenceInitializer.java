package org.seatkeeper.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;

/** The Settings a fresh installation starts with: the embedded demo server. */
public class ConnectionPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		ConnectionSettings.DEFAULTS.write(DefaultScope.INSTANCE.getNode(SeatkeeperUi.PLUGIN_ID));
	}
}

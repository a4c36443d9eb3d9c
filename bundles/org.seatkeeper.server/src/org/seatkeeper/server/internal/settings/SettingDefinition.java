package org.seatkeeper.server.internal.settings;

import org.seatkeeper.model.policy.SettingType;
import java.util.Objects;

/**
 * One policy setting of the server.
 *
 * @param name         the setting's name, e.g. {@code security.token.duration}
 * @param group        the Properties group it belongs to
 * @param type         what values it takes
 * @param defaultValue its value unless overridden
 * @param editable     true if an administrator may change it; producer-only settings are false
 * @param description  what it does, for a person
 * @param effective    true if Seatkeeper's server acts on it; false if it is kept and shown only
 *                     (back-office and failover features the embedded server does not have)
 */
public record SettingDefinition(String name, SettingGroup group, SettingType type, String defaultValue, boolean editable,
		String description, boolean effective) {

	public SettingDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(defaultValue, "defaultValue");
		Objects.requireNonNull(description, "description");
	}
}

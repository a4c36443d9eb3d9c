package org.seatkeeper.core.domain;

/**
 * One policy setting of a server.
 *
 * @param name         the setting's name, e.g. {@code licensing.borrowInterval}
 * @param value        its value as text
 * @param defaultValue its default, or {@code ""}
 * @param description  what it does, or {@code ""}
 * @param group        the id of its group, e.g. {@code GENERAL}, or {@code ""}
 * @param groupLabel   the group as shown, e.g. {@code General}, or {@code ""}
 * @param type         the kind of value ({@code TEXT}, {@code BOOLEAN}, {@code DURATION}…), or {@code ""}
 * @param editable     whether an administrator may change it (false: only the producer may)
 * @param effective    whether the server acts on it
 */
public record Setting(String name, String value, String defaultValue, String description, String group,
		String groupLabel, String type, boolean editable, boolean effective) {

	/** Whether the value differs from the default. */
	public boolean isChanged() {
		return !defaultValue.isEmpty() && !value.equals(defaultValue);
	}
}

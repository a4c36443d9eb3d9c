package org.seatkeeper.model.ast;

import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * One {@code "key" : "value"} parameter of a {@code dictionary(...)} condition.
 *
 * @param key   the vendor-dictionary key; null if missing
 * @param value the value or {@code ~/REGEX/}; null if missing
 * @param range the entry
 */
public record DictionaryEntry(Name key, Name value, TextRange range) implements Node {

	public DictionaryEntry {
		Objects.requireNonNull(range, "range");
	}
}

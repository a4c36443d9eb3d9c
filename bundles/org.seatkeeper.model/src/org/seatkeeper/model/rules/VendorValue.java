package org.seatkeeper.model.rules;

import java.util.List;
import java.util.Objects;

/**
 * A value of a request's vendor dictionary: a string, a 32-bit integer, or an array of them.
 */
public sealed interface VendorValue {

	/** A string value. */
	record Text(String value) implements VendorValue {
		public Text {
			Objects.requireNonNull(value, "value");
		}
	}

	/** An integer value. */
	record Int(int value) implements VendorValue {
	}

	/** An array: a condition holds if it holds for one of the elements. */
	record Array(List<VendorValue> elements) implements VendorValue {
		public Array {
			elements = List.copyOf(elements);
			if (elements.stream().anyMatch(Array.class::isInstance)) {
				throw new IllegalArgumentException("A vendor-dictionary array holds strings and integers, not arrays");
			}
		}
	}

	static VendorValue of(String value) {
		return new Text(value);
	}

	static VendorValue of(int value) {
		return new Int(value);
	}

	static VendorValue array(VendorValue... elements) {
		return new Array(List.of(elements));
	}
}

package org.seatkeeper.ui.tests;

import java.nio.file.Path;

/**
 * Where the UI tests put their screenshots: {@code target/screenshots/} of this test bundle. The ones in
 * {@code docs/images/} (shown in the README) are copied from there.
 */
final class Screenshots {

	private Screenshots() {
	}

	static Path file(String name) {
		return Path.of("target", "screenshots", name);
	}
}

package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.testing.BundleAssertions;

class HeadlessTest {

	@Test
	void serverReachesNoUiBundle() {
		Bundle[] bundles = FrameworkUtil.getBundle(HeadlessTest.class).getBundleContext().getBundles();
		Bundle server = Arrays.stream(bundles).filter(b -> "org.seatkeeper.server".equals(b.getSymbolicName()))
				.findFirst().orElse(null);
		assertNotNull(server, "org.seatkeeper.server is installed");
		BundleAssertions.assertHeadless(server);
	}
}

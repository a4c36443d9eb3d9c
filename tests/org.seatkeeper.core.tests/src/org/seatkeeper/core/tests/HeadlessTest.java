package org.seatkeeper.core.tests;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.core.about.SystemReports;
import org.seatkeeper.testing.BundleAssertions;

class HeadlessTest {

	@Test
	void coreReachesNoUiBundle() {
		BundleAssertions.assertHeadless(FrameworkUtil.getBundle(SystemReports.class));
	}
}

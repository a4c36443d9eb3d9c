package org.seatkeeper.history.tests;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.testing.BundleAssertions;

class HeadlessTest {

	@Test
	void theHistoryReachesNoUiBundle() {
		BundleAssertions.assertHeadless(FrameworkUtil.getBundle(HistoryDatabase.class));
	}
}

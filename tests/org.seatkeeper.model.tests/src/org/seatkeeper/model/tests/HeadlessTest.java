package org.seatkeeper.model.tests;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.model.LineIndex;
import org.seatkeeper.testing.BundleAssertions;

class HeadlessTest {

	@Test
	void modelReachesNoUiBundle() {
		BundleAssertions.assertHeadless(FrameworkUtil.getBundle(LineIndex.class));
	}
}

package org.seatkeeper.signatures.tests;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.seatkeeper.signatures.SignatureAdvisor;
import org.seatkeeper.testing.BundleAssertions;

class HeadlessTest {

	@Test
	void signaturesReachNoUiBundle() {
		BundleAssertions.assertHeadless(FrameworkUtil.getBundle(SignatureAdvisor.class));
	}
}

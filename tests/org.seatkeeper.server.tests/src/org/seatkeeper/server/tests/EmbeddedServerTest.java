package org.seatkeeper.server.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests against a fresh embedded server in a temporary folder, with an administrator's token at hand. */
abstract class EmbeddedServerTest {

	@TempDir
	java.nio.file.Path dir;

	ServerFixture server;
	String admin;

	@BeforeEach
	void start() throws Exception {
		server = new ServerFixture(dir);
		admin = server.admin();
	}

	@AfterEach
	void stop() {
		server.close();
	}
}

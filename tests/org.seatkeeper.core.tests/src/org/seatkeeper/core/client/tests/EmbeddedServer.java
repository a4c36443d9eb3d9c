package org.seatkeeper.core.client.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.seatkeeper.server.ServerOptions;
import org.seatkeeper.testing.server.TestLicenseServer;

/**
 * Seatkeeper's embedded server, in-process on a free port, with a few features, devices that checked
 * some out, and a read-only user (see {@link TestLicenseServer}).
 */
final class EmbeddedServer extends TestLicenseServer {

	EmbeddedServer(Path data) throws IOException {
		super(data);
	}

	EmbeddedServer(Path data, ServerOptions options) throws IOException {
		super(data, options);
	}

	@Override
	public EmbeddedServer withFeatures() {
		super.withFeatures();
		return this;
	}

	@Override
	public void close() {
		server.close();
	}
}

package org.seatkeeper.testing.shapes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The JSON that license servers answer, written from the shapes the reference
 * ({@code shared/docs/fne-rest-api.md}) records (key sets, nesting and value types as documented; the
 * values are our own), and the flat shapes Seatkeeper's own server sends. The files are under
 * {@code fixtures/} in this bundle; every one has an entry here.
 */
public enum Fixture {

	HEALTH("real/health.json", "§1.4.5", "GET health"),
	AUTHORIZE("real/authorize.json", "§1.2", "POST authorize"),
	AUTHORIZE_REFUSED("real/authorize-refused.json", "§1.4.9", "POST authorize with a wrong password: 401"),
	INVALID_MODEL("real/error-invalid-model.json", "§1.4.4", "POST model with a refused model: 400"),
	FEATURES("real/features.json", "§1.4.1", "GET features"),
	FEATURE_SUMMARIES("real/features-summaries.json", "§1.4.2", "GET features/summaries"),
	CLIENTS("real/clients.json", "§1.4.3 and the device keys of §1.4.8", "GET clients"),
	FEATURE_CLIENTS("real/feature-clients.json", "§1.4.8", "GET features/41/clients"),
	HOSTIDS_HCL("real/hostids-hcl.json", "§1.4.6 (HCL)", "GET hostids"),
	HOSTIDS_ARM("real/hostids-arm.json", "§1.4.6 (Arm)", "GET hostids"),
	PARTITIONS("real/partitions.json", "§2.7", "GET partitions (flexnetlsadmin -partitions)"),
	CAPABILITY_RESPONSE("real/capability-response-result.json", "§1.4.7", "POST capability_response"),
	RESERVATION_GROUP("real/reservation-group.json", "§3.1", "a reservation group, as posted and exported"),
	/** [I]: the reference does not say what an unknown path answers; this is what web frameworks answer. */
	NOT_FOUND("real/not-found.json", "[I]", "a path the server does not offer: 404"),
	FLAT_CLIENTS("flat/clients.json", "Seatkeeper's server", "GET clients, with what each device holds"),
	FLAT_FEATURE_CLIENTS("flat/feature-clients.json", "Seatkeeper's server before it sent §1.4.8",
			"GET features/41/clients as flat device records");

	/** The feature record whose devices {@link #FEATURE_CLIENTS} lists. */
	public static final long FEATURE_CLIENTS_OF = 41;

	private final String file;
	private final String source;
	private final String answers;

	Fixture(String file, String source, String answers) {
		this.file = file;
		this.source = source;
		this.answers = answers;
	}

	/** The file below {@code fixtures/}, e.g. {@code real/health.json}. */
	public String file() {
		return file;
	}

	/** Where its shape comes from: a section of the reference, or Seatkeeper's server. */
	public String source() {
		return source;
	}

	/** What answers with it, e.g. {@code GET health}. */
	public String answers() {
		return answers;
	}

	/** Whether it has a real server's shape (not Seatkeeper's flat one). */
	public boolean isReal() {
		return file.startsWith("real/");
	}

	public byte[] bytes() {
		try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/" + file)) {
			if (in == null) {
				throw new IllegalStateException("fixtures/" + file + " is not in the bundle");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	/** Every fixture file in the bundle, e.g. {@code real/health.json}: to check that each has an entry here. */
	public static List<String> filesInBundle() {
		Bundle bundle = FrameworkUtil.getBundle(Fixture.class);
		List<String> files = new ArrayList<>();
		if (bundle != null) {
			for (URL url : Collections.list(bundle.findEntries("fixtures", "*.json", true))) {
				files.add(url.getPath().substring(url.getPath().indexOf("fixtures/") + "fixtures/".length()));
			}
		}
		Collections.sort(files);
		return files;
	}

	@Override
	public String toString() {
		return file + " (" + source + ": " + answers + ")";
	}
}

package org.seatkeeper.server;

/** The server's version, from its bundle manifest when there is one. */
final class Version {

	static final String VERSION;
	static final String BUILD_DATE;
	/** The branch and commit the build was made from (manifest headers the build writes); "" when unknown. */
	static final String BRANCH;
	static final String GIT_HASH;

	static {
		Package own = Version.class.getPackage();
		String implementation = own == null ? null : own.getImplementationVersion();
		java.util.jar.Attributes manifest = manifest();
		String bundleVersion = manifest.getValue("Bundle-Version");
		VERSION = implementation != null ? implementation : bundleVersion != null ? bundleVersion : "1.0.0.development";
		BUILD_DATE = buildDate(VERSION);
		BRANCH = known(manifest.getValue("Seatkeeper-Git-Branch"));
		GIT_HASH = known(manifest.getValue("Seatkeeper-Git-Commit"));
	}

	private Version() {
	}

	private static java.util.jar.Attributes manifest() {
		try (java.io.InputStream in = Version.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			if (in != null) {
				return new java.util.jar.Manifest(in).getMainAttributes();
			}
		} catch (java.io.IOException e) {
			// fall through: a development build without a manifest
		}
		return new java.util.jar.Attributes();
	}

	/** {@code value}, or "" when the build left it out or could not tell (a placeholder it did not fill). */
	private static String known(String value) {
		return value == null || value.isBlank() || value.startsWith("${") ? "" : value.trim();
	}

	/** {@code 2026-11-23T01:19:00Z} from a qualifier {@code v20261123-0119}; empty when there is none. */
	private static String buildDate(String version) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("v(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})$").matcher(version);
		return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5) + ":00Z" : "";
	}
}

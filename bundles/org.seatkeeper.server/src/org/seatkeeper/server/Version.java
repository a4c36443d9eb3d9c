package org.seatkeeper.server;

/** The server's version, from its bundle manifest when there is one. */
final class Version {

	static final String VERSION;
	static final String BUILD_DATE;

	static {
		Package own = Version.class.getPackage();
		String implementation = own == null ? null : own.getImplementationVersion();
		VERSION = implementation != null ? implementation : manifestVersion();
		BUILD_DATE = buildDate(VERSION);
	}

	private Version() {
	}

	private static String manifestVersion() {
		try (java.io.InputStream in = Version.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
			if (in != null) {
				String version = new java.util.jar.Manifest(in).getMainAttributes().getValue("Bundle-Version");
				if (version != null) {
					return version;
				}
			}
		} catch (java.io.IOException e) {
			// fall through: a development build without a manifest
		}
		return "1.0.0.development";
	}

	/** {@code 2026-11-23T01:19:00Z} from a qualifier {@code v20261123-0119}; empty when there is none. */
	private static String buildDate(String version) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("v(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})$").matcher(version);
		return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5) + ":00Z" : "";
	}
}

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

	/**
	 * This bundle's manifest: in OSGi the bundle's own; on a plain JVM (./seatkeeper server) the one of the jar
	 * this class came from, never another jar's on the class path. Empty for classes run from source.
	 */
	private static java.util.jar.Attributes manifest() {
		try {
			java.security.CodeSource source = Version.class.getProtectionDomain().getCodeSource();
			java.net.URL location = source == null ? null : source.getLocation();
			if (location != null && location.getPath().endsWith(".jar")) {
				try (java.util.jar.JarFile jar = new java.util.jar.JarFile(new java.io.File(location.toURI()))) {
					if (jar.getManifest() != null) {
						return jar.getManifest().getMainAttributes();
					}
				}
			}
			try (java.io.InputStream in = Version.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
				java.util.jar.Attributes attributes = in == null ? null : new java.util.jar.Manifest(in).getMainAttributes();
				if (attributes != null && "org.seatkeeper.server".equals(symbolicName(attributes))) {
					return attributes;
				}
			}
		} catch (java.io.IOException | java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
			// fall through: a development build without a manifest
		}
		return new java.util.jar.Attributes();
	}

	private static String symbolicName(java.util.jar.Attributes attributes) {
		String name = attributes.getValue("Bundle-SymbolicName");
		return name == null ? null : name.split(";")[0].trim();
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

package org.seatkeeper.core.about;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Gathers the {@link SystemReport} of the running installation: Seatkeeper's version and bundles, the
 * Java runtime, the operating system and the OSGi framework. Reads only in-memory state (properties
 * and the bundle list), so it is cheap enough to call from any thread.
 */
public final class SystemReports {

	public static final String SEATKEEPER = "Seatkeeper";
	public static final String JAVA = "Java runtime";
	public static final String OS = "Operating system";
	public static final String FRAMEWORK = "OSGi framework";
	public static final String BUNDLES = "Seatkeeper bundles";

	/** Symbolic-name prefix of Seatkeeper's own bundles. */
	public static final String BUNDLE_PREFIX = "org.seatkeeper.";

	private SystemReports() {
	}

	/** The report of this JVM and the OSGi framework this bundle runs in. */
	public static SystemReport collect() {
		Bundle self = FrameworkUtil.getBundle(SystemReports.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null) {
			return collect(System::getProperty, System::getProperty, self == null ? "0.0.0.qualifier" : self.getVersion().toString(),
					new Bundle[0]);
		}
		return collect(System::getProperty, context::getProperty, self.getVersion().toString(), context.getBundles());
	}

	/**
	 * The report for the given sources of facts; the parts that come from a live system are
	 * parameters so that the report can be checked against known values.
	 *
	 * @param system       Java system properties
	 * @param framework    OSGi framework properties (falls back to system properties in Equinox)
	 * @param version      Seatkeeper's bundle version, e.g. {@code 1.0.0.v20261122-2315}
	 * @param bundles      the installed bundles
	 */
	public static SystemReport collect(UnaryOperator<String> system, UnaryOperator<String> framework, String version,
			Bundle[] bundles) {
		SystemReport.Builder report = SystemReport.builder();
		BuildVersion build = BuildVersion.parse(version);
		report.add(SEATKEEPER, "Version", build.release());
		report.add(SEATKEEPER, "Build", build.buildDescription());
		report.add(SEATKEEPER, "Workspace", location(framework.apply("osgi.instance.area")));
		report.add(SEATKEEPER, "Configuration", location(framework.apply("osgi.configuration.area")));

		report.add(JAVA, "Version", system.apply("java.runtime.version"));
		report.add(JAVA, "Vendor", join(system.apply("java.vendor"), system.apply("java.vendor.version")));
		report.add(JAVA, "Virtual machine", join(system.apply("java.vm.name"), system.apply("java.vm.version")));
		report.add(JAVA, "Home", system.apply("java.home"));
		report.add(JAVA, "Maximum heap", mebibytes(Runtime.getRuntime().maxMemory()));

		report.add(OS, "Name", system.apply("os.name"));
		report.add(OS, "Version", system.apply("os.version"));
		report.add(OS, "Architecture", system.apply("os.arch"));
		report.add(OS, "Processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
		report.add(OS, "Locale", Locale.getDefault().toLanguageTag());

		report.add(FRAMEWORK, "Vendor", framework.apply("org.osgi.framework.vendor"));
		report.add(FRAMEWORK, "Version", framework.apply("org.osgi.framework.version"));
		report.add(FRAMEWORK, "Window system", framework.apply("osgi.ws"));
		Arrays.stream(bundles).filter(b -> b.getBundleId() == 0).findFirst()
				.ifPresent(b -> report.add(FRAMEWORK, "Implementation", b.getSymbolicName() + ' ' + b.getVersion()));

		Arrays.stream(bundles) //
				.filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(BUNDLE_PREFIX)) //
				.sorted(Comparator.comparing(Bundle::getSymbolicName)) //
				.forEach(b -> report.add(BUNDLES, b.getSymbolicName(), b.getVersion() + " " + state(b.getState())));
		return report.build();
	}

	/** A bundle's state as a word, e.g. {@code active}. */
	public static String state(int state) {
		return switch (state) {
		case Bundle.UNINSTALLED -> "uninstalled";
		case Bundle.INSTALLED -> "installed (not resolved)";
		case Bundle.RESOLVED -> "resolved";
		case Bundle.STARTING -> "lazy, starts on first use"; // Equinox keeps lazy bundles in STARTING until then
		case Bundle.STOPPING -> "stopping";
		case Bundle.ACTIVE -> "active";
		default -> "state " + state;
		};
	}

	private static String location(String url) {
		if (url == null) {
			return null;
		}
		return url.startsWith("file:") ? url.substring("file:".length()) : url;
	}

	private static String join(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null || first.contains(second) ? first : first + ' ' + second;
	}

	private static String mebibytes(long bytes) {
		return bytes == Long.MAX_VALUE ? "unlimited" : (bytes >> 20) + " MiB";
	}
}

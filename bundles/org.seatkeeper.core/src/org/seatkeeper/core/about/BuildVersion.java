package org.seatkeeper.core.about;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bundle version split into what a person reads: the release ({@code 1.0.0}) and when it was built.
 * The build writes the qualifier as {@code vYYYYMMDD-HHMM} (UTC); a bundle run from source keeps the
 * literal qualifier {@code qualifier} and is reported as a development build.
 *
 * @param release   major.minor.micro
 * @param qualifier the raw qualifier, empty if there is none
 * @param built     when the build ran, if the qualifier says so
 */
public record BuildVersion(String release, String qualifier, Optional<LocalDateTime> built) {

	private static final Pattern VERSION = Pattern
			.compile("(\\d+)(?:\\.(\\d+)(?:\\.(\\d+)(?:\\.([0-9A-Za-z_-]+))?)?)?");
	private static final Pattern TIMESTAMP = Pattern.compile("v?(\\d{8}-\\d{4})");
	private static final DateTimeFormatter QUALIFIER_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
	private static final DateTimeFormatter DISPLAY_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final String DEVELOPMENT_QUALIFIER = "qualifier";

	public BuildVersion {
		Objects.requireNonNull(release, "release");
		Objects.requireNonNull(qualifier, "qualifier");
		Objects.requireNonNull(built, "built");
	}

	/**
	 * Reads an OSGi version string such as {@code 1.0.0.v20261122-2315}.
	 *
	 * @throws IllegalArgumentException if {@code version} is not an OSGi version
	 */
	public static BuildVersion parse(String version) {
		Matcher m = VERSION.matcher(version == null ? "" : version.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a version: '" + version + "' (expected major.minor.micro.qualifier)");
		}
		String release = m.group(1) + '.' + orZero(m.group(2)) + '.' + orZero(m.group(3));
		String qualifier = m.group(4) == null ? "" : m.group(4);
		return new BuildVersion(release, qualifier, timestamp(qualifier));
	}

	private static String orZero(String part) {
		return part == null ? "0" : part;
	}

	private static Optional<LocalDateTime> timestamp(String qualifier) {
		Matcher m = TIMESTAMP.matcher(qualifier);
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(m.group(1), QUALIFIER_FORMAT));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** True when running from source, where the build has not replaced the qualifier. */
	public boolean isDevelopmentBuild() {
		return DEVELOPMENT_QUALIFIER.equals(qualifier);
	}

	/** The build as a person reads it: {@code 2026-11-22 23:15 UTC}, {@code development build}, or the raw qualifier. */
	public String buildDescription() {
		if (isDevelopmentBuild()) {
			return "development build";
		}
		return built.map(t -> DISPLAY_FORMAT.format(t) + " UTC").orElse(qualifier.isEmpty() ? "unknown" : qualifier);
	}

	@Override
	public String toString() {
		return release + " (" + buildDescription() + ")";
	}
}

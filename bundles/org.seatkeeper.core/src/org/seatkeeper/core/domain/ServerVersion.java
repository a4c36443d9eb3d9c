package org.seatkeeper.core.domain;

/**
 * The version a server reports.
 *
 * @param version   the version, or {@code ""}
 * @param buildDate the build date as written, or {@code ""}
 * @param product   the product name, or {@code ""}
 */
public record ServerVersion(String version, String buildDate, String product) {
}

/**
 * What is installed and where it runs: Seatkeeper's version and build, the Java runtime, the
 * operating system and the OSGi framework, gathered into a {@link org.seatkeeper.core.about.SystemReport}
 * that the About view shows and copies into bug reports.
 */
package org.seatkeeper.core.about;

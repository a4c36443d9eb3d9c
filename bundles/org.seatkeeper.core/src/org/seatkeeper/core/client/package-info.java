/**
 * The client of a license server's REST admin API: {@link org.seatkeeper.core.client.LicenseServerClient}
 * runs every operation synchronously with an {@code IProgressMonitor} (cancel it to abort a running
 * call), logs in when the server asks for it, and turns every failure into a
 * {@link org.seatkeeper.core.client.ServerException} whose message a person can act on.
 */
package org.seatkeeper.core.client;

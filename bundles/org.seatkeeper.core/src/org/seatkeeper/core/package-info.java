/**
 * Seatkeeper's headless core: the one way Seatkeeper talks to a license server (domain types, the
 * REST client, sessions) and the facts about the running installation. No UI, no Activator; every
 * long-running operation is synchronous, takes an {@code IProgressMonitor} and is run by its caller in
 * a Job.
 */
package org.seatkeeper.core;

/**
 * The fleet: the license servers an administrator looks after ({@link org.seatkeeper.core.fleet.ServerList},
 * kept in {@code ~/.seatkeeper/servers.json} by {@link org.seatkeeper.core.fleet.ServerListFile}), shared by
 * the window and the command lines. No UI, no OSGi.
 */
package org.seatkeeper.core.fleet;

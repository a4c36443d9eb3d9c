/**
 * Seatkeeper's embedded local license server, headless: the REST admin API compatible with FlexNet
 * Embedded local license servers (on the JDK's HTTP server), its licensing semantics, security and
 * persistence. It runs in-process in the product or alone from the command line, and validates
 * model definitions with {@code org.seatkeeper.model}.
 */
package org.seatkeeper.server;

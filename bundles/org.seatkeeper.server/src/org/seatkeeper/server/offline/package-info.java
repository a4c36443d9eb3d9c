/**
 * Seatkeeper's offline exchange files, for the server and for clients that want to show what a file
 * holds before they send it: the framing of requests and responses ({@link ExchangeFiles}) and what a
 * response would change on a server ({@link ResponsePreview}). Reading a file here checks its framing,
 * not its signature: only the server holds the producer key that the signature is checked with.
 */
package org.seatkeeper.server.offline;

/**
 * Paging, sorting, exact-name search and live filtering of what a server lists, done on the client
 * because license servers answer whole lists (no server-side paging is known).
 */
package org.seatkeeper.core.query;

/**
 * Reservations on the client side: the documented reservations JSON (import with errors that name
 * the group, reservation, entry and field; export), the checks the manager's forms apply (version,
 * count, hostid), and whether each reservation can be satisfied by the server's feature records.
 */
package org.seatkeeper.core.reservations;

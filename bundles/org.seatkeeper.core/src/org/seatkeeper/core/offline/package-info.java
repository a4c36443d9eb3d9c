/**
 * The client's side of the offline exchange with the back office: checking the activation ids and
 * counts of a request, and the history of exchanges the product keeps.
 */
package org.seatkeeper.core.offline;

/**
 * The kinds of value a license server's policy settings take and how a value is checked: shared by the
 * embedded server, which refuses a bad value, and the client, which says what is wrong before sending it.
 */
package org.seatkeeper.model.policy;

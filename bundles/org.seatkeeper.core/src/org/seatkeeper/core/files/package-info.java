/** Writing files so that a failure never leaves a partial one. */
package org.seatkeeper.core.files;

/**
 * Client public keys checked before they are sent: {@link org.seatkeeper.core.keys.ClientKeyFile} tells
 * an RSA-2048 DER SubjectPublicKeyInfo key (or a PEM one to convert) from what servers refuse, with the
 * reason. Used by the client key wizard and the admin CLI's {@code upload-key}.
 */
package org.seatkeeper.core.keys;

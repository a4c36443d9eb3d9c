package org.seatkeeper.server.offline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The framing of Seatkeeper's offline exchange files. Real back offices use a proprietary binary format;
 * Seatkeeper's is its own and documented in API.md:
 *
 * <pre>
 * request:  "SKRQ" | version (1 byte) | payload length (4 bytes, big-endian) | payload (UTF-8 JSON)
 * response: "SKRS" | version (1 byte) | payload length (4 bytes) | payload (UTF-8 JSON)
 *                  | signature length (2 bytes) | Ed25519 signature of everything before it
 * </pre>
 */
public final class ExchangeFiles {

	/** The format version this code writes and reads. */
	public static final byte VERSION = 1;

	/** What a file is. */
	public enum Kind {
		/** A capability, activation or confirmation request, from a server to the back office. */
		REQUEST("SKRQ", "a capability or activation request"),
		/** A capability response, from the back office to a server. */
		RESPONSE("SKRS", "a capability response");

		private final byte[] magic;
		private final String description;

		Kind(String magic, String description) {
			this.magic = magic.getBytes(StandardCharsets.US_ASCII);
			this.description = description;
		}

		/** E.g. "a capability response". */
		public String description() {
			return description;
		}

		private boolean starts(byte[] file) {
			return file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length);
		}
	}

	/**
	 * A file's parts, its content not yet read (a response's signature is verified before).
	 *
	 * @param kind        request or response
	 * @param content     its JSON content, as bytes
	 * @param signedEnd   where the signed part ends (the payload's end)
	 * @param signature   the response's signature bytes (empty for a request)
	 */
	public record Decoded(Kind kind, byte[] content, int signedEnd, byte[] signature) {

		/** The content as JSON: a JSON object, nested at most as deep as Gson allows (255). */
		public JsonObject payload() throws OfflineFileException {
			try {
				JsonElement json = JsonParser.parseString(new String(content, StandardCharsets.UTF_8));
				if (!json.isJsonObject()) {
					throw new OfflineFileException("The file's content is damaged: it is no JSON object");
				}
				return json.getAsJsonObject();
			} catch (JsonParseException | StackOverflowError e) {
				throw new OfflineFileException("The file's content is damaged: " + e.getMessage());
			}
		}
	}

	private static final int HEADER = 4 + 1 + 4;

	private ExchangeFiles() {
	}

	/** The kind a file's first bytes announce, or empty when it is not a Seatkeeper exchange file. */
	public static Optional<Kind> recognise(byte[] file) {
		return Arrays.stream(Kind.values()).filter(kind -> kind.starts(file)).findFirst();
	}

	/** A file of {@code kind} holding {@code payload}, unsigned (a response's signature is appended by the signer). */
	public static byte[] frame(Kind kind, JsonObject payload) {
		byte[] json = payload.toString().getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(HEADER + json.length).put(kind.magic).put(VERSION).putInt(json.length).put(json).array();
	}

	/** A signed response: {@code signed} (a framed response) followed by its signature. */
	public static byte[] appendSignature(byte[] signed, byte[] signature) {
		return ByteBuffer.allocate(signed.length + 2 + signature.length).put(signed).putShort((short) signature.length).put(signature)
				.array();
	}

	/**
	 * The parts of a file that must be of {@code expected}. Checks the framing and, for a response, that a
	 * signature follows the payload and ends where the file ends; it neither reads the content nor verifies
	 * the signature (verify first, then read: {@link Decoded#payload()}).
	 */
	public static Decoded decode(byte[] file, Kind expected) throws OfflineFileException {
		if (file.length < HEADER || !expected.starts(file)) {
			String other = recognise(file).filter(kind -> kind != expected)
					.map(kind -> " (it is " + kind.description() + ")").orElse("");
			throw new OfflineFileException("This file is not " + expected.description() + " made by Seatkeeper" + other);
		}
		if (file[4] != VERSION) {
			throw new OfflineFileException("This file has format version " + file[4] + "; this version of Seatkeeper reads version "
					+ VERSION);
		}
		long length = ByteBuffer.wrap(file, 5, 4).getInt() & 0xffffffffL;
		if (length > file.length - HEADER) {
			throw new OfflineFileException("The file is cut short: it announces " + length + " bytes of content but has "
					+ (file.length - HEADER));
		}
		int end = HEADER + (int) length;
		byte[] content = Arrays.copyOfRange(file, HEADER, end);
		if (expected == Kind.REQUEST) {
			return new Decoded(expected, content, end, new byte[0]);
		}
		if (file.length < end + 2) {
			throw new OfflineFileException("The capability response has no signature");
		}
		int signatureLength = ByteBuffer.wrap(file, end, 2).getShort() & 0xffff;
		if (file.length != end + 2 + signatureLength) {
			throw new OfflineFileException("The capability response is damaged: its signature does not end where the file ends");
		}
		return new Decoded(expected, content, end, Arrays.copyOfRange(file, end + 2, file.length));
	}
}

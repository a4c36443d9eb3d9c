package org.seatkeeper.server.internal.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Reads a journal strictly: each line is {@code CRC32 SEQUENCE TYPE JSON\n}, and each sequence number is
 * the one before it plus one. The first bad line ends the good part. It is <em>torn</em> when nothing
 * follows it (a crash cut the last write short; it is safe to cut off), and <em>damage</em> when more
 * lines follow (something changed the file; the events after it cannot be trusted in order).
 */
final class JournalScan {

	/** One good event line. */
	record Line(long offset, long sequence, String type, String json) {
	}

	/** Takes the good lines in order. */
	@FunctionalInterface
	interface Reader {
		void accept(Line line);
	}

	/**
	 * What a scan found.
	 *
	 * @param goodEnd      the offset after the last good line
	 * @param size         the bytes read
	 * @param lastSequence the sequence number of the last good line, or the base if none
	 * @param problem      why the line at {@code goodEnd} is bad; null if the journal is good to the end
	 * @param linesAfter   how many lines (counting a last one without a line break) start at or after
	 *                     {@code goodEnd}
	 */
	record Result(long goodEnd, long size, long lastSequence, String problem, int linesAfter) {
		/** A bad line with nothing after it: the end of a write a crash cut short. */
		boolean torn() {
			return problem != null && linesAfter == 1;
		}

		boolean damaged() {
			return problem != null && linesAfter > 1;
		}
	}

	private JournalScan() {
	}

	/**
	 * Reads up to {@code limit} bytes of {@code file}, handing each good line to {@code reader}. A
	 * journal may start with events a snapshot at {@code base} already holds (a crash came between
	 * writing the snapshot and emptying the journal); after it, every sequence number follows the one
	 * before.
	 */
	static Result scan(Path file, long limit, long base, Reader reader) throws IOException {
		long offset = 0;
		long previous = -1;
		long last = base;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			ByteArrayOutputStream line = new ByteArrayOutputStream(512);
			while (offset < limit) {
				line.reset();
				boolean complete = readLine(in, line, limit - offset);
				if (line.size() == 0 && !complete) {
					break;
				}
				byte[] bytes = line.toByteArray();
				String problem = complete ? check(bytes, previous, base) : "the line has no end (" + bytes.length + " bytes)";
				if (problem != null) {
					long size = offset + bytes.length + (complete ? 1 : 0);
					int after = 1 + countLines(in, limit - size);
					return new Result(offset, offset + bytes.length + (complete ? 1 : 0), last, problem, after);
				}
				Line good = parse(offset, bytes);
				previous = good.sequence();
				if (good.sequence() > base) {
					reader.accept(good);
					last = good.sequence();
				}
				offset += bytes.length + 1;
			}
		}
		return new Result(offset, offset, last, null, 0);
	}

	/** Reads up to a line break (not kept); false if the input (or {@code max}) ended first. */
	private static boolean readLine(InputStream in, ByteArrayOutputStream line, long max) throws IOException {
		long read = 0;
		int b;
		while (read < max && (b = in.read()) >= 0) {
			read++;
			if (b == '\n') {
				return true;
			}
			line.write(b);
		}
		return false;
	}

	private static int countLines(InputStream in, long max) throws IOException {
		int lines = 0;
		boolean open = false;
		long read = 0;
		int b;
		while (read < max && (b = in.read()) >= 0) {
			read++;
			open = b != '\n';
			if (b == '\n') {
				lines++;
			}
		}
		return lines + (open ? 1 : 0);
	}

	/** Why {@code line} is no good event, or null. */
	private static String check(byte[] line, long previous, long base) {
		if (line.length < 10 || line[8] != ' ') {
			return "it is not a journal line";
		}
		String crc = new String(line, 0, 8, StandardCharsets.US_ASCII);
		CRC32 actual = new CRC32();
		actual.update(line, 9, line.length - 9);
		if (!hex(actual.getValue()).equals(crc)) {
			return "its checksum does not match";
		}
		String[] parts = new String(line, 9, line.length - 9, StandardCharsets.UTF_8).split(" ", 3);
		if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
			return "it has no sequence number, kind and event";
		}
		long sequence = Long.parseLong(parts[0]);
		if (previous >= 0 && sequence != previous + 1) {
			return "event " + sequence + " follows event " + previous;
		}
		if (previous < 0 && sequence > base + 1) {
			return "event " + sequence + " follows the snapshot's event " + base + "; the events between are missing";
		}
		return null;
	}

	private static Line parse(long offset, byte[] line) {
		String[] parts = new String(line, 9, line.length - 9, StandardCharsets.UTF_8).split(" ", 3);
		return new Line(offset, Long.parseLong(parts[0]), parts[1], parts[2]);
	}

	/** {@code CRC32 SEQUENCE TYPE JSON\n} */
	static byte[] line(long sequence, String type, String json) {
		byte[] payload = (sequence + " " + type + " " + json).getBytes(StandardCharsets.UTF_8);
		CRC32 crc = new CRC32();
		crc.update(payload);
		byte[] prefix = (hex(crc.getValue()) + " ").getBytes(StandardCharsets.US_ASCII);
		byte[] line = new byte[prefix.length + payload.length + 1];
		System.arraycopy(prefix, 0, line, 0, prefix.length);
		System.arraycopy(payload, 0, line, prefix.length, payload.length);
		line[line.length - 1] = '\n';
		return line;
	}

	/** A checksum as 8 lower-case hex digits. */
	static String hex(long crc) {
		String hex = Long.toHexString(crc);
		return "00000000".substring(hex.length()) + hex;
	}
}

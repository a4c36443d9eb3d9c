package org.seatkeeper.core.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.seatkeeper.core.files.AtomicFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The offline exchanges made with this product: requests written and responses uploaded, with the file's
 * checksum and what came of it. Kept in a JSON file, which is rewritten whole after each exchange; the
 * newest {@value #LIMIT} are kept. A file that cannot be read is set aside, not overwritten.
 */
public final class ExchangeHistory {

	/** How many exchanges are kept. */
	public static final int LIMIT = 500;

	/** What was done. */
	public enum Operation {
		/** A capability request written to a file. */
		CAPABILITY_REQUEST("Capability request"),
		/** A confirmation request (a capability request after a response asked for one) written to a file. */
		CONFIRMATION_REQUEST("Confirmation request"),
		/** An offline activation request written to a file. */
		ACTIVATION_REQUEST("Activation request"),
		/** A capability response uploaded to the server. */
		RESPONSE_UPLOAD("Response upload");

		private final String label;

		Operation(String label) {
			this.label = label;
		}

		/** E.g. "Capability request". */
		public String label() {
			return label;
		}
	}

	/**
	 * One exchange.
	 *
	 * @param time      when it was made
	 * @param server    the server, as the product describes it
	 * @param operation what was done
	 * @param file      the file written or uploaded
	 * @param size      its size in bytes
	 * @param sha256    its SHA-256 checksum, upper-case hex pairs separated by colons
	 * @param succeeded whether it worked
	 * @param result    what came of it, for people
	 */
	public record Exchange(Instant time, String server, Operation operation, String file, long size, String sha256, boolean succeeded,
			String result) {
		public Exchange {
			Objects.requireNonNull(time, "time");
			Objects.requireNonNull(operation, "operation");
			server = Objects.requireNonNullElse(server, "");
			file = Objects.requireNonNullElse(file, "");
			sha256 = Objects.requireNonNullElse(sha256, "");
			result = Objects.requireNonNullElse(result, "");
		}
	}

	private final Path file;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private List<Exchange> exchanges;
	private String problem;

	/** The history kept in {@code file} (read at the first use). */
	public ExchangeHistory(Path file) {
		this.file = file;
	}

	/** Where it is kept. */
	public Path file() {
		return file;
	}

	/** The exchanges, newest first. */
	public synchronized List<Exchange> exchanges() {
		load();
		return List.copyOf(exchanges.reversed());
	}

	/** Why the kept history could not be read, if it could not. */
	public synchronized Optional<String> problem() {
		load();
		return Optional.ofNullable(problem);
	}

	/** Adds {@code exchange} and writes the history; listeners hear of it even when the write failed. */
	public void add(Exchange exchange) throws IOException {
		try {
			synchronized (this) {
				load();
				exchanges.add(exchange);
				if (exchanges.size() > LIMIT) {
					exchanges.subList(0, exchanges.size() - LIMIT).clear();
				}
				AtomicFiles.write(file, json(exchanges).getBytes(StandardCharsets.UTF_8));
			}
		} finally {
			listeners.forEach(Runnable::run);
		}
	}

	/** Runs {@code listener} after each exchange added, on the thread that added it. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void load() {
		if (exchanges != null) {
			return;
		}
		exchanges = new ArrayList<>();
		try {
			JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
			for (JsonElement element : root.getAsJsonArray("exchanges")) {
				exchanges.add(exchange(element.getAsJsonObject()));
			}
		} catch (NoSuchFileException e) {
			// nothing exchanged yet
		} catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
				| IllegalArgumentException | DateTimeParseException e) {
			exchanges.clear();
			Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			try {
				Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
				problem = "The history of offline exchanges in " + file + " could not be read (" + reason + "). It was kept as " + aside
						+ " and a new history was begun.";
			} catch (IOException moved) {
				problem = "The history of offline exchanges in " + file + " could not be read (" + reason + ") nor set aside ("
						+ moved.getMessage() + ").";
			}
		}
	}

	private static Exchange exchange(JsonObject json) {
		return new Exchange(Instant.parse(json.get("time").getAsString()), text(json, "server"),
				Operation.valueOf(json.get("operation").getAsString().toUpperCase(Locale.ROOT)), text(json, "file"),
				json.has("size") ? json.get("size").getAsLong() : 0, text(json, "sha256"),
				!json.has("succeeded") || json.get("succeeded").getAsBoolean(), text(json, "result"));
	}

	private static String text(JsonObject json, String member) {
		JsonElement value = json.get(member);
		return value == null || value.isJsonNull() ? "" : value.getAsString();
	}

	private static String json(List<Exchange> exchanges) {
		JsonArray list = new JsonArray();
		for (Exchange exchange : exchanges) {
			JsonObject json = new JsonObject();
			json.addProperty("time", exchange.time().toString());
			json.addProperty("server", exchange.server());
			json.addProperty("operation", exchange.operation().name());
			json.addProperty("file", exchange.file());
			json.addProperty("size", exchange.size());
			json.addProperty("sha256", exchange.sha256());
			json.addProperty("succeeded", exchange.succeeded());
			json.addProperty("result", exchange.result());
			list.add(json);
		}
		JsonObject root = new JsonObject();
		root.addProperty("version", 1);
		root.add("exchanges", list);
		return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
	}
}

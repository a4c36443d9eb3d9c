package org.seatkeeper.core.internal.client;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.OfflineRequest;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.PoolSlice;
import org.seatkeeper.core.domain.Reservation;
import org.seatkeeper.core.domain.ReservationEntry;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.domain.ServerVersion;
import org.seatkeeper.core.domain.Setting;
import org.seatkeeper.core.domain.User;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Turns servers' JSON into domain values, tolerating what real servers do differently: both hostid
 * key styles ({@code type}/{@code value} and {@code hostidType}/{@code hostidValue}), counts as
 * numbers or strings, {@code permanent} or dated expiries (ISO, ISO date-time, FlexNet's
 * {@code 31-dec-2026}, epoch milliseconds), lists wrapped in an object, and unknown keys (ignored).
 * What cannot be read throws a {@link ShapeException} that names the value and the key.
 */
public final class Decoder {

	private static final DateTimeFormatter FLEXNET_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern("d-MMM-uuuu").toFormatter(Locale.ROOT);

	private Decoder() {
	}

	// ---- fields

	static JsonElement field(JsonObject object, String... keys) {
		for (String key : keys) {
			JsonElement value = object.get(key);
			if (value != null && !value.isJsonNull()) {
				return value;
			}
		}
		return null;
	}

	/** The first of {@code keys} present as text (numbers and booleans as written), or {@code ""}. */
	/**
	 * {@link #text}, as one shared string: for values that repeat across thousands of records (a status, a
	 * feature name, a device type), so that 100,000 devices do not hold 100,000 copies of "NORMAL".
	 */
	public static String shared(JsonObject object, String... keys) {
		return text(object, keys).intern();
	}

	public static String text(JsonObject object, String... keys) {
		JsonElement value = field(object, keys);
		if (value == null) {
			return "";
		}
		if (value.isJsonPrimitive()) {
			String text = value.getAsString();
			return text.isEmpty() ? "" : text; // one "" for the many empty values of a long list
		}
		if (value.isJsonArray()) {
			List<String> items = new ArrayList<>();
			value.getAsJsonArray().forEach(e -> items.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
			return "[" + String.join(",", items) + "]";
		}
		return value.toString();
	}

	/** A whole number given as a JSON number or a numeric string; 0 when absent. */
	public static long number(JsonObject object, String what, String... keys) {
		JsonElement value = field(object, keys);
		if (value == null) {
			return 0;
		}
		String text = value.isJsonPrimitive() ? value.getAsString().trim() : value.toString();
		try {
			return new BigDecimal(text).longValueExact();
		} catch (NumberFormatException | ArithmeticException e) {
			throw new ShapeException(what + ": '" + keys[0] + "' is " + value + ", not a whole number");
		}
	}

	public static int count(JsonObject object, String what, String... keys) {
		long value = number(object, what, keys);
		if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
			throw new ShapeException(what + ": '" + keys[0] + "' is " + value + ", too large for a count");
		}
		return (int) value;
	}

	/** A boolean given as JSON, as {@code "true"}/{@code "false"}, or as 1/0; false when absent. */
	public static boolean flag(JsonObject object, String what, String... keys) {
		JsonElement value = field(object, keys);
		if (value == null) {
			return false;
		}
		String text = value.isJsonPrimitive() ? value.getAsString().trim().toLowerCase(Locale.ROOT) : "";
		return switch (text) {
			case "true", "1", "yes", "enabled" -> true;
			case "false", "0", "no", "disabled", "" -> false;
			default -> throw new ShapeException(what + ": '" + keys[0] + "' is " + value + ", not true or false");
		};
	}

	/** An expiry; absent, {@code permanent}, {@code 0} and FlexNet's {@code 1-jan-0} mean permanent. */
	public static Expiry expiry(JsonObject object, String what, String... keys) {
		JsonElement value = field(object, keys);
		if (value == null) {
			return Expiry.PERMANENT;
		}
		String text = value.getAsJsonPrimitive().getAsString().trim();
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.isEmpty() || lower.equals("permanent") || lower.equals("never") || lower.equals("0")
				|| lower.matches("1-jan-0+")) {
			return Expiry.PERMANENT;
		}
		LocalDate date = parseDate(value, text);
		if (date == null) {
			throw new ShapeException(what + ": '" + keys[0] + "' is \"" + text + "\", neither 'permanent' nor a date");
		}
		return Expiry.on(date);
	}

	/** A date, or {@code null} when absent or empty. */
	public static LocalDate date(JsonObject object, String what, String... keys) {
		JsonElement value = field(object, keys);
		if (value == null || value.getAsString().isBlank()) {
			return null;
		}
		LocalDate date = parseDate(value, value.getAsString().trim());
		if (date == null) {
			throw new ShapeException(what + ": '" + keys[0] + "' is \"" + value.getAsString() + "\", not a date");
		}
		return date;
	}

	private static LocalDate parseDate(JsonElement value, String text) {
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
			return Instant.ofEpochMilli(value.getAsLong()).atOffset(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			// try the other forms
		}
		try {
			return LocalDate.parse(text, FLEXNET_DATE);
		} catch (DateTimeParseException e) {
			// try a date-time
		}
		Instant instant = parseInstant(text);
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
	}

	/** A point in time (ISO instant, offset or local date-time in UTC, date, epoch milliseconds), or {@code null}. */
	public static Instant instant(JsonObject object, String what, String... keys) {
		JsonElement value = field(object, keys);
		if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
			return null;
		}
		if (value.getAsJsonPrimitive().isNumber()) {
			return Instant.ofEpochMilli(value.getAsLong());
		}
		String text = value.getAsString().trim();
		Instant instant = parseInstant(text);
		if (instant == null) {
			try {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			} catch (DateTimeParseException e) {
				throw new ShapeException(what + ": '" + keys[0] + "' is \"" + text + "\", not a date and time");
			}
		}
		return instant;
	}

	private static Instant parseInstant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException e) {
			// try without an offset
		}
		try {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A hostid in either key style. */
	public static HostId hostId(JsonElement element, String what) {
		if (element == null || !element.isJsonObject()) {
			throw new ShapeException(what + " has no hostid");
		}
		JsonObject object = element.getAsJsonObject();
		String type = text(object, "hostidType", "type", "hostIdType", "idType");
		String value = text(object, "hostidValue", "value", "hostIdValue", "id");
		if (value.isEmpty()) {
			throw new ShapeException(what + ": the hostid has no value");
		}
		return new HostId(type.isEmpty() ? "UNKNOWN" : type.intern(), value);
	}

	/** An object, or a {@link ShapeException} naming what was expected. */
	public static JsonObject object(JsonElement element, String what) {
		if (element == null || !element.isJsonObject()) {
			throw new ShapeException("expected " + what + " as a JSON object, found " + StrictJson.kind(element));
		}
		return element.getAsJsonObject();
	}

	/** An array, or the only array inside an object that wraps one ({@code {"items":[…]}}). */
	public static JsonArray array(JsonElement element, String what) {
		if (element != null && element.isJsonArray()) {
			return element.getAsJsonArray();
		}
		if (element != null && element.isJsonObject()) {
			JsonArray only = null;
			int arrays = 0;
			for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
				if (entry.getValue().isJsonArray()) {
					only = entry.getValue().getAsJsonArray();
					arrays++;
				}
			}
			if (arrays == 1) {
				return only;
			}
		}
		throw new ShapeException("expected " + what + " as a JSON array, found " + StrictJson.kind(element));
	}

	static <T> List<T> list(JsonElement element, String what, String itemName, BiFunction<JsonElement, String, T> item) {
		JsonArray array = array(element, what);
		List<T> items = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			items.add(item.apply(array.get(i), itemName + " " + (i + 1)));
		}
		return items;
	}

	// ---- domain values

	public static Feature feature(JsonElement element, String what) {
		JsonObject o = object(element, what);
		String name = text(o, "featureName", "name");
		if (name.isEmpty()) {
			throw new ShapeException(what + " has no 'featureName'");
		}
		String where = what + " (" + name + ")";
		String countText = text(o, "featureCount", "count");
		boolean uncounted = flag(o, where, "uncounted") || countText.equalsIgnoreCase("uncounted");
		int count = countText.equalsIgnoreCase("uncounted") ? 0 : count(o, where, "featureCount", "count");
		JsonElement activation = field(o, "featureId", "activationId");
		return new Feature(number(o, where, "id"), name, text(o, "featureVersion", "version"), count,
				count(o, where, "used"), count(o, where, "sharedUsed"), count(o, where, "reserved"),
				count(o, where, "assignedReserved"), count(o, where, "unassignedReserved"),
				count(o, where, "overdraftCount", "overdraft"), count(o, where, "overdraftUsedCount", "overdraftUsed"),
				flag(o, where, "uncappedOverdraft"), flag(o, where, "metered"), flag(o, where, "meteredReusable"),
				o.has("concurrent") ? flag(o, where, "concurrent") : !flag(o, where, "metered"), uncounted,
				text(o, "type"), text(o, "featureKind", "kind"), text(o, "vendor"),
				activation == null ? "" : activation.isJsonPrimitive() ? activation.getAsString() : "",
				expiry(o, where, "expiry", "expiration", "expirationDate", "expiryDate"),
				date(o, where, "startDate", "start"), text(o, "vendorString"), text(o, "issuer"), text(o, "notice"),
				text(o, "serialNumber"), instant(o, where, "receivedTime", "issued"));
	}

	public static List<Feature> features(JsonElement element) {
		return list(element, "the feature list", "feature record", Decoder::feature);
	}

	/**
	 * The summaries as servers send them, {@code {name: {version: {totalCount, …}}}}, or as a list of
	 * objects with {@code featureName} and {@code featureVersion}. Metered and counted are unknown here
	 * (false and true); {@link org.seatkeeper.core.client.LicenseServerClient#featureSummaries} fills
	 * them from the records.
	 */
	public static List<FeatureSummary> summaries(JsonElement element) {
		List<FeatureSummary> summaries = new ArrayList<>();
		if (element != null && element.isJsonArray()) {
			for (JsonElement item : element.getAsJsonArray()) {
				JsonObject o = object(item, "a feature summary");
				summaries.add(summary(text(o, "featureName", "name"), text(o, "featureVersion", "version"), o));
			}
		} else {
			for (Map.Entry<String, JsonElement> byName : object(element, "the feature summaries").entrySet()) {
				for (Map.Entry<String, JsonElement> byVersion : object(byName.getValue(), "the summary of " + byName.getKey())
						.entrySet()) {
					summaries.add(summary(byName.getKey(), byVersion.getKey(),
							object(byVersion.getValue(), "the summary of " + byName.getKey() + " " + byVersion.getKey())));
				}
			}
		}
		summaries.sort(FeatureSummary.BY_NAME_AND_VERSION);
		return summaries;
	}

	private static FeatureSummary summary(String name, String version, JsonObject o) {
		String where = "the summary of " + name + " " + version;
		int total = count(o, where, "totalCount", "count");
		int used = count(o, where, "totalUsed", "used");
		int available = o.has("totalAvailable") ? count(o, where, "totalAvailable") : Math.max(0, total - used);
		Expiry first = field(o, "firstExpiration", "firstExpiry") == null ? null
				: expiry(o, where, "firstExpiration", "firstExpiry");
		Expiry last = field(o, "lastExpiration", "lastExpiry") == null ? null : expiry(o, where, "lastExpiration", "lastExpiry");
		return new FeatureSummary(name, version, total, used, available, count(o, where, "totalOverdraftCount", "totalOverdraft"),
				first, last, false, true, 0);
	}

	public static ReservationGroup group(JsonElement element, String what) {
		JsonObject o = object(element, what);
		String name = text(o, "name", "groupName");
		String where = name.isEmpty() ? what : what + " ('" + name + "')";
		JsonElement reservations = field(o, "reservations");
		List<Reservation> list = reservations == null ? List.of()
				: Decoder.<Reservation>list(reservations, where + "'s reservations", where + ", reservation", (r, w) -> {
					JsonObject ro = object(r, w);
					JsonElement entries = field(ro, "reservationEntries", "entries");
					List<ReservationEntry> entryList = entries == null ? List.of()
							: Decoder.<ReservationEntry>list(entries, w + "'s entries", w + ", entry", (e, we) -> {
								JsonObject eo = object(e, we);
								return new ReservationEntry(number(eo, we, "id"), text(eo, "featureName", "name"),
										text(eo, "featureVersion", "version"), count(eo, we, "featureCount", "count"),
										eo.has("disabled") && flag(eo, we, "disabled"));
							});
					return new Reservation(number(ro, w, "id"), hostId(field(ro, "hostId", "hostid", "requestHostid"), w),
							entryList);
				});
		return new ReservationGroup(number(o, where, "id", "gid"), name, list);
	}

	public static List<ReservationGroup> groups(JsonElement element) {
		if (element != null && element.isJsonObject() && element.getAsJsonObject().has("reservations")) {
			return List.of(group(element, "the reservation group"));
		}
		return list(element, "the reservation groups", "reservation group", Decoder::group);
	}

	public static ServerModel model(JsonElement element) {
		JsonObject o = object(element, "the model");
		String definition = text(o, "definition", "model", "text");
		boolean isDefault = o.has("default") ? flag(o, "the model", "default") : definition.isEmpty();
		return new ServerModel(isDefault, text(o, "name"), definition, instant(o, "the model", "applied", "lastModified"));
	}

	public static List<Pool> pools(JsonElement element) {
		JsonElement partitions = element != null && element.isJsonObject() && element.getAsJsonObject().has("partitions")
				? element.getAsJsonObject().get("partitions") : element;
		return list(partitions, "the license pools", "pool", (p, what) -> {
			JsonObject o = object(p, what);
			String name = text(o, "name");
			String where = what + " ('" + name + "')";
			JsonElement slices = field(o, "activeFeatureSlices", "featureSlices", "slices");
			List<PoolSlice> list = slices == null ? List.of() : Decoder.<PoolSlice>list(slices, where + "'s features",
					where + ", feature slice", (s, w) -> {
						JsonObject so = object(s, w);
						JsonObject feature = so.has("feature") && so.get("feature").isJsonObject() ? so.getAsJsonObject("feature")
								: new JsonObject();
						return new PoolSlice(number(so, w, "id"), number(feature, w, "id"), text(feature, "featureName", "name"),
								text(feature, "featureVersion", "version"), expiry(feature, w, "expiry", "expiration"),
								count(feature, w, "featureCount", "count"), count(so, w, "slice"), count(so, w, "used"),
								count(so, w, "computedCount"), text(so, "requested"), flag(so, w, "uncounted"),
								text(so, "status"));
					});
			return new Pool(number(o, where, "id"), name,
					o.has("default") ? flag(o, where, "default") : name.equalsIgnoreCase("default"),
					instant(o, where, "lastModified"), list, o.has("deleted") && flag(o, where, "deleted"));
		});
	}

	public static List<Setting> settings(JsonElement element) {
		List<Setting> settings = new ArrayList<>();
		if (element != null && element.isJsonObject() && !element.getAsJsonObject().has("name")
				&& element.getAsJsonObject().entrySet().stream().noneMatch(e -> e.getValue().isJsonArray()
						&& e.getValue().getAsJsonArray().size() > 0 && e.getValue().getAsJsonArray().get(0).isJsonObject())) {
			// a plain map of name to value
			for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
				JsonObject o = new JsonObject();
				o.add("value", entry.getValue());
				settings.add(new Setting(entry.getKey(), text(o, "value"), "", "", "", "", "", true, true));
			}
			return settings;
		}
		return list(element, "the settings", "setting", (s, what) -> {
			JsonObject o = object(s, what);
			String name = text(o, "name", "key");
			String where = what + " (" + name + ")";
			return new Setting(name, text(o, "value"), text(o, "defaultValue", "default"), text(o, "description"),
					text(o, "group"), text(o, "groupLabel", "group"), text(o, "type"),
					!o.has("editable") || flag(o, where, "editable"), !o.has("effective") || flag(o, where, "effective"));
		});
	}

	public static HostIds hostIds(JsonElement element) {
		if (element != null && element.isJsonArray()) {
			return new HostIds(null, list(element, "the hostids", "hostid", Decoder::hostId));
		}
		JsonObject o = object(element, "the hostids");
		JsonElement selected = field(o, "selected", "selectedHostid", "active");
		JsonElement all = field(o, "hostids", "hostIds");
		return new HostIds(selected == null ? null : hostId(selected, "the selected hostid"),
				all == null ? List.of() : list(all, "the hostids", "hostid", Decoder::hostId));
	}

	public static User user(JsonElement element, String what) {
		JsonObject o = object(element, what);
		List<String> roles = new ArrayList<>();
		JsonElement value = field(o, "roles", "role");
		if (value != null && value.isJsonArray()) {
			value.getAsJsonArray().forEach(r -> roles.add(r.getAsString()));
		} else if (value != null) {
			for (String role : value.getAsString().split("[,+]")) {
				if (!role.isBlank()) {
					roles.add(role.trim());
				}
			}
		}
		return new User(text(o, "name", "user", "userName", "username"), roles);
	}

	public static List<User> users(JsonElement element) {
		return list(element, "the users", "user", Decoder::user);
	}

	/** The health report of the reference's §1.4.5, inside {@code LLS} or not. */
	public static ServerHealth health(JsonElement element) {
		JsonObject o = object(element, "the health report");
		JsonObject lls = o.has("LLS") && o.get("LLS").isJsonObject() ? o.getAsJsonObject("LLS") : o;
		Map<String, String> details = new LinkedHashMap<>();
		flatten("", lls, details);
		JsonElement database = lls.get("database");
		String databaseCheck = database != null && database.isJsonObject() ? text(database.getAsJsonObject(), "connectionCheck")
				: text(lls, "database");
		return new ServerHealth(text(lls, "version"), text(lls, "buildDate"), text(lls, "buildVersion"), text(lls, "branch"),
				text(lls, "gitHash"), text(lls, "patch"), text(lls, "fneBuildVersion"), text(lls, "product"),
				text(lls, "serverInstanceID", "serverInstanceId", "instanceId"), databaseCheck, text(lls, "security"),
				text(lls, "httpAuth"), text(lls, "licensingSecurityJSON", "licensingSecurity"), text(lls, "diskspace", "diskSpace"),
				details);
	}

	private static void flatten(String prefix, JsonObject object, Map<String, String> into) {
		for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
			if (entry.getValue().isJsonObject()) {
				flatten(prefix + entry.getKey() + ".", entry.getValue().getAsJsonObject(), into);
			} else if (!entry.getValue().isJsonNull()) {
				JsonObject holder = new JsonObject();
				holder.add("v", entry.getValue());
				into.put(prefix + entry.getKey(), text(holder, "v"));
			}
		}
	}

	public static ServerVersion version(JsonElement element) {
		if (element != null && element.isJsonPrimitive()) {
			return new ServerVersion(element.getAsString(), "", "");
		}
		JsonObject o = object(element, "the version");
		return new ServerVersion(text(o, "version", "buildVersion"), text(o, "buildDate"), text(o, "product"));
	}

	public static ClientKey clientKey(JsonElement element) {
		JsonObject o = object(element, "the client key");
		String text = text(o, "publicKey", "key");
		try {
			return new ClientKey(Base64.getMimeDecoder().decode(text));
		} catch (IllegalArgumentException e) {
			throw new ShapeException("the client key's 'publicKey' is not base64");
		}
	}

	public static CapabilityResult capabilityResult(JsonElement element) {
		JsonObject o = object(element, "the capability response's result");
		JsonElement features = field(o, "features");
		return new CapabilityResult(flag(o, "the result", "confirmationRequestNeeded"),
				features == null ? List.of() : list(features, "the features of the result", "feature", Decoder::feature));
	}

	public static List<OfflineRequest> offlineRequests(JsonElement element) {
		return list(element, "the offline requests", "request", (r, what) -> {
			JsonObject o = object(r, what);
			Map<String, Integer> activations = new LinkedHashMap<>();
			JsonElement value = field(o, "activations");
			if (value != null && value.isJsonObject()) {
				for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
					JsonObject holder = new JsonObject();
					holder.add("count", entry.getValue());
					activations.put(entry.getKey(), count(holder, what + ", activation " + entry.getKey(), "count"));
				}
			} else if (value != null && value.isJsonArray()) {
				for (JsonElement a : value.getAsJsonArray()) {
					JsonObject ao = object(a, what + ", activation");
					activations.put(text(ao, "id", "activationId"), count(ao, what, "count"));
				}
			}
			return new OfflineRequest(text(o, "requestId", "id"), instant(o, what, "created"), activations);
		});
	}

	/**
	 * The roles and expiry a JWT names, read without checking its signature (the server checks it):
	 * {@code roles} as a comma-separated string or an array, {@code exp} in epoch seconds.
	 */
	public static JsonObject jwtClaims(String token) {
		String[] parts = token.split("\\.");
		if (parts.length < 2) {
			return new JsonObject();
		}
		try {
			JsonElement claims = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
			return claims.isJsonObject() ? claims.getAsJsonObject() : new JsonObject();
		} catch (RuntimeException e) {
			return new JsonObject();
		}
	}
}

package org.seatkeeper.core.internal.client;

import static org.seatkeeper.core.internal.client.Decoder.count;
import static org.seatkeeper.core.internal.client.Decoder.date;
import static org.seatkeeper.core.internal.client.Decoder.expiry;
import static org.seatkeeper.core.internal.client.Decoder.field;
import static org.seatkeeper.core.internal.client.Decoder.flag;
import static org.seatkeeper.core.internal.client.Decoder.hostId;
import static org.seatkeeper.core.internal.client.Decoder.instant;
import static org.seatkeeper.core.internal.client.Decoder.list;
import static org.seatkeeper.core.internal.client.Decoder.number;
import static org.seatkeeper.core.internal.client.Decoder.object;
import static org.seatkeeper.core.internal.client.Decoder.shared;
import static org.seatkeeper.core.internal.client.Decoder.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.ServedFeature;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Turns servers' device records into {@link Device}s and their usage records into {@link FeatureUsage}s, in
 * every shape seen: Seatkeeper's flat records and real servers' (the reference's §1.4.3 and §1.4.8). The
 * field readers are {@link Decoder}'s.
 */
public final class DeviceDecoder {

	/** What one device of a device list is called in messages, e.g. "device 12". */
	public static final String DEVICE = "device";

	private DeviceDecoder() {
	}

	private static ServedFeature servedFeature(JsonElement element, String what) {
		JsonObject o = object(element, what);
		String name = text(o, "featureName", "name");
		String where = what + " (" + name + ")";
		JsonElement recordId = field(o, "featureId", "featureRecordId", "id");
		long id = recordId != null && recordId.isJsonPrimitive() && text(o, "featureId", "featureRecordId", "id").matches("\\d+")
				? recordId.getAsLong() : 0;
		return new ServedFeature(id, name.intern(), shared(o, "featureVersion", "version"), count(o, where, "count", "featureCount"),
				count(o, where, "reserved", "reservedCount"), count(o, where, "overdraft", "overage"),
				shared(o, "pool", "partition"), expiry(o, where, "expiry", "expiration"), date(o, where, "startDate"),
				shared(o, "vendorString"));
	}

	/**
	 * A device in either shape: Seatkeeper's flat record with the features it holds, or a real server's
	 * (the reference's §1.4.3 and §1.4.8: {@code machineType}, {@code updateTime}, {@code hostid} beside
	 * {@code requestHostid}, {@code serverHostid}, {@code trusted}, {@code requestOperation},
	 * {@code correlationId}, {@code collectedHostIds}, and no feature list).
	 */
	public static Device device(JsonElement element, String what) {
		JsonObject o = object(element, what);
		String where = what + (o.has("id") ? " (id " + text(o, "id") + ")" : "");
		JsonElement served = field(o, "features", "servedFeatures", "featureList");
		List<ServedFeature> features = served == null ? List.of()
				: list(served, where + "'s features", where + ", feature", DeviceDecoder::servedFeature);
		JsonElement requested = field(o, "requestHostid", "hostId", "requestHostId");
		JsonElement recorded = field(o, "hostid");
		HostId hostId = hostId(requested != null ? requested : recorded, where);
		HostId kept = recorded == null || !recorded.isJsonObject() ? null : hostId(recorded, where + "'s hostid");
		JsonElement server = field(o, "serverHostid", "serverHostId");
		JsonElement trusted = field(o, "trusted");
		return new Device(number(o, where, "id"), hostId, shared(o, "servedStatus", "status"),
				text(o, "hostName", "alias", "name"), shared(o, "hostType"), shared(o, "machineType", "deviceType"),
				shared(o, "userId", "user"), instant(o, where, "expiry", "expiration", "expiryTime"),
				instant(o, where, "updateTime", "lastRequestTime", "lastRequest"), vendorDictionary(o), features, served != null,
				kept == null || kept.sameAs(hostId) ? null : kept,
				server == null || !server.isJsonObject() ? null : sharedHostId(server, where + "'s server hostid"),
				trusted == null ? null : flag(o, where, "trusted"), shared(o, "requestOperation"), text(o, "correlationId"),
				text(o, "collectedHostIds"));
	}

	/** The server's hostid last read: every record of a list names the same one, so one object serves them all. */
	private static volatile HostId lastServerHostId;

	/** A hostid that repeats across records (the server's own): the same object as the last one read when equal. */
	private static HostId sharedHostId(JsonElement element, String what) {
		HostId id = hostId(element, what);
		HostId last = lastServerHostId;
		if (id.equals(last)) {
			return last;
		}
		HostId shared = new HostId(id.type(), id.value().intern());
		lastServerHostId = shared;
		return shared;
	}

	private static Map<String, String> vendorDictionary(JsonObject o) {
		Map<String, String> dictionary = new LinkedHashMap<>();
		JsonElement vendor = field(o, "vendorDictionary");
		if (vendor != null && vendor.isJsonObject()) {
			for (Map.Entry<String, JsonElement> entry : vendor.getAsJsonObject().entrySet()) {
				JsonElement value = entry.getValue();
				if (value.isJsonArray()) {
					List<String> items = new ArrayList<>();
					value.getAsJsonArray().forEach(v -> items.add(v.isJsonPrimitive() ? v.getAsString() : v.toString()));
					dictionary.put(entry.getKey(), String.join(", ", items));
				} else if (!value.isJsonNull()) {
					dictionary.put(entry.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
				}
			}
		}
		return dictionary;
	}

	/**
	 * The devices feature record {@code featureId} serves, in either shape: a real server's usage records
	 * (the reference's §1.4.8: one per grant, the device under {@code client}, the counts in {@code useCount}
	 * and {@code reservedCount}), or Seatkeeper's older flat device records, whose counts of the feature are
	 * added up from the features each lists.
	 */
	public static List<FeatureUsage> usages(JsonElement element, long featureId) {
		return list(element, "the devices of feature record " + featureId, "usage record", (item, what) -> {
			JsonObject o = object(item, what);
			JsonElement client = field(o, "client");
			if (client != null) {
				String where = what + (o.has("id") ? " (id " + text(o, "id") + ")" : "");
				return new FeatureUsage(featureId, number(o, where, "id"), device(client, where + "'s client"),
						count(o, where, "useCount", "count"), count(o, where, "reservedCount", "reserved"), shared(o, "usageKind"));
			}
			Device device = device(o, what);
			int used = 0;
			int reserved = 0;
			for (ServedFeature feature : device.features()) {
				if (feature.featureRecordId() == featureId) {
					used += feature.count();
					reserved += feature.reserved();
				}
			}
			return new FeatureUsage(featureId, 0, device, used, reserved, "");
		});
	}

	public static List<Device> devices(JsonElement element) {
		return list(element, "the device list", "device", DeviceDecoder::device);
	}

}

package org.seatkeeper.server.internal.offline;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.seatkeeper.server.offline.OfflineFileException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Plays the back office for demos and tests: answers a server's activation request with the features
 * its entitlements allow, signed with the back office's key.
 *
 * <p>Entitlements file: {@code {"entitlements": [{"activationId": "ACT-1", "name": "f1", "version": "1.0",
 * "count": 10, "expiry": "2027-12-31" | "permanent", "startDate"?, "vendorString"?, "overdraft"?,
 * "notice"?, "serialNumber"?}]}}: how many copies of each activation the customer bought.
 */
public final class BackOffice {

	private BackOffice() {
	}

	/** The signed response to {@code request}, which wants no confirmation request. */
	public static byte[] respond(byte[] request, JsonObject entitlements, Ed25519PrivateKeyParameters key, Instant now)
			throws OfflineFileException {
		return respond(request, entitlements, key, now, false);
	}

	/**
	 * The signed response to {@code request}. Refuses activation ids that are not entitled, or counts beyond
	 * the entitlement. With {@code askConfirmation}, the response tells the server that the back office
	 * wants a confirmation request once it is applied.
	 */
	public static byte[] respond(byte[] request, JsonObject entitlements, Ed25519PrivateKeyParameters key, Instant now,
			boolean askConfirmation) throws OfflineFileException {
		JsonObject asked = OfflineFiles.readRequest(request);
		Map<String, JsonObject> byId = new HashMap<>();
		JsonElement list = entitlements.get("entitlements");
		if (list == null || !list.isJsonArray()) {
			throw new OfflineFileException("The entitlements file needs an 'entitlements' array");
		}
		for (JsonElement element : list.getAsJsonArray()) {
			JsonObject entitlement = element.getAsJsonObject();
			byId.put(entitlement.get("activationId").getAsString(), entitlement);
		}
		JsonArray features = new JsonArray();
		JsonArray activations = new JsonArray();
		JsonElement wanted = asked.get("activations");
		for (JsonElement element : wanted == null ? new JsonArray() : wanted.getAsJsonArray()) {
			JsonObject activation = element.getAsJsonObject();
			String id = activation.get("id").getAsString();
			int count = activation.get("count").getAsInt();
			JsonObject entitlement = byId.get(id);
			if (entitlement == null) {
				throw new OfflineFileException("The activation id " + id + " is not in the entitlements");
			}
			int owned = entitlement.get("count").getAsInt();
			if (count > owned) {
				throw new OfflineFileException("Activation " + id + ": " + count + " copies asked, " + owned + " entitled");
			}
			JsonObject granted = new JsonObject();
			granted.addProperty("id", id);
			granted.addProperty("count", count);
			activations.add(granted);
			if (count > 0) {
				JsonObject feature = entitlement.deepCopy();
				feature.addProperty("count", count);
				features.add(feature);
			}
		}
		JsonObject response = new JsonObject();
		response.addProperty("requestId", asked.get("requestId").getAsString());
		response.addProperty("instanceId", asked.get("instanceId").getAsString());
		response.add("hostId", asked.get("hostId"));
		response.addProperty("issued", now.toString());
		response.addProperty("confirmationRequestNeeded", askConfirmation);
		response.add("activations", activations);
		response.add("features", features);
		return OfflineFiles.response(response, key);
	}
}

package org.seatkeeper.server.internal.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;

import com.google.gson.JsonObject;

/** The licensing records the server keeps: features, devices, reservations and the applied model. */
public final class Records {

	private Records() {
	}

	/**
	 * One feature record (a license line), e.g. {@code f1 1.0, 10 counts, permanent}. A server often holds
	 * several records with the same name.
	 *
	 * @param id             the server's id of the record
	 * @param name           feature name
	 * @param version        feature version as written, e.g. {@code 1.0}
	 * @param count          counts; ignored when {@code uncounted}
	 * @param expiry         last day of use; null if permanent
	 * @param startDate      first day of use; null if none
	 * @param vendorString   the vendor string; null if none
	 * @param vendor         the publisher's name
	 * @param overdraftCount counts that may be used beyond {@code count}, from the default pool only
	 * @param uncounted      true for an uncounted feature (any number of devices)
	 * @param activationId   the activation (entitlement line) it came from; null if unknown
	 * @param issuer         who issued it; null if unknown
	 * @param notice         the license notice; null if none
	 * @param serialNumber   the serial number; null if none
	 * @param received       when the server got it
	 */
	public record FeatureRecord(int id, String name, String version, int count, LocalDate expiry, LocalDate startDate,
			String vendorString, String vendor, int overdraftCount, boolean uncounted, String activationId, String issuer,
			String notice, String serialNumber, Instant received) {

		public FeatureRecord {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(version, "version");
		}

		public FeatureVersion featureVersion() {
			return FeatureVersion.parse(version).orElse(new FeatureVersion(0, 0));
		}

		/** True if it can be served on {@code day}: started and not expired. */
		public boolean isActiveOn(LocalDate day) {
			return (startDate == null || !startDate.isAfter(day)) && (expiry == null || !expiry.isBefore(day));
		}
	}

	/**
	 * Counts a device holds of one feature record.
	 *
	 * @param featureId the record
	 * @param count     all counts held
	 * @param reserved  how many of them come from the device's reservations
	 * @param overdraft how many of them are overdraft counts
	 * @param pool          the pool they come from ({@code default} without a model)
	 * @param reservationId the reservation the reserved counts come from; 0 if none
	 */
	public record Grant(int featureId, int count, int reserved, int overdraft, String pool, int reservationId) {
	}

	/**
	 * A device (client) the server has served.
	 *
	 * @param id               the server's id
	 * @param hostId           the device's hostid
	 * @param userId           the user hostid sent with its requests; null if none
	 * @param hostName         its name or alias; null if none
	 * @param hostType         its host type; null if none
	 * @param deviceType       PHYSICAL, VIRTUAL or UNKNOWN
	 * @param vendorDictionary the vendor dictionary of its last request
	 * @param status           NORMAL, RETURNED, EXPIRED or DROPPED
	 * @param expiry           when its borrow ends
	 * @param lastRequest      when it last asked
	 * @param grants           what it holds (empty unless NORMAL)
	 * @param correlationId    the correlation id its last request carried; null if none (and in records
	 *                         written before it was kept)
	 */
	public record ClientRecord(int id, HostIdValue hostId, String userId, String hostName, String hostType, String deviceType,
			JsonObject vendorDictionary, String status, Instant expiry, Instant lastRequest, List<Grant> grants,
			String correlationId) {

		public ClientRecord {
			grants = List.copyOf(grants);
		}

		public boolean isServed() {
			return "NORMAL".equals(status);
		}

		/** The record without its counts, e.g. EXPIRED or DROPPED. */
		public ClientRecord withStatus(String newStatus) {
			return withGrants(newStatus, List.of());
		}

		/** The record holding {@code newGrants} with {@code newStatus}, everything else kept. */
		public ClientRecord withGrants(String newStatus, List<Grant> newGrants) {
			return new ClientRecord(id, hostId, userId, hostName, hostType, deviceType, vendorDictionary, newStatus, expiry,
					lastRequest, newGrants, correlationId);
		}
	}

	/**
	 * One reserved feature: {@code featureCount} counts of {@code featureName} at {@code featureVersion} or higher,
	 * and the feature records they are set aside from (decided when the group was added).
	 *
	 * @param id          the server's entry id (EID)
	 * @param assignments feature record id → counts set aside on it
	 */
	public record EntryRecord(int id, String featureName, String featureVersion, int featureCount,
			Map<Integer, Integer> assignments) {
		public EntryRecord {
			assignments = Map.copyOf(assignments);
		}
	}

	/** The reservations of one hostid (RID). */
	public record ReservationRecord(int id, HostIdValue hostId, List<EntryRecord> entries) {
		public ReservationRecord {
			entries = List.copyOf(entries);
		}
	}

	/** A reservation group (GID). */
	public record GroupRecord(int id, String name, List<ReservationRecord> reservations) {
		public GroupRecord {
			reservations = List.copyOf(reservations);
		}
	}

	/**
	 * Counts of one feature record a pool holds: given when the model was applied, and changed as counts
	 * are returned and redistributed, or as the server's counts change.
	 *
	 * @param id        the slice's id
	 * @param featureId the record; 0 for a line that got nothing
	 * @param slice     the counts the pool holds now
	 * @param computed  what the line asked for
	 * @param requested the amount as written
	 * @param line      the place of its line in the pool, from 1; 0 for counts in use that no line of the
	 *                  pool takes (kept where they were served) and for slices recorded before lines were
	 */
	public record SliceRecord(int id, int featureId, int slice, long computed, String requested, int line) {

		/** The same slice holding {@code counts}. */
		public SliceRecord holding(int counts) {
			return new SliceRecord(id, featureId, counts, computed, requested, line);
		}
	}

	/**
	 * A pool and its slices.
	 *
	 * @param deleted true for a pool a newer model no longer defines, kept while devices use its counts
	 */
	public record PoolRecord(int id, String name, boolean isDefault, List<SliceRecord> slices, Instant lastModified,
			boolean deleted) {
		public PoolRecord {
			slices = List.copyOf(slices);
		}

		/** The same pool with {@code newSlices}. */
		public PoolRecord withSlices(List<SliceRecord> newSlices) {
			return new PoolRecord(id, name, isDefault, newSlices, lastModified, deleted);
		}
	}

	/**
	 * The model definition in force, with the pools computed when it was applied.
	 *
	 * @param name    the model's name
	 * @param text    the definition as uploaded
	 * @param applied when it was applied
	 * @param pools   the named pools in model order, then deleted pools still in use, then the default
	 *                pool (whose counts are what the others leave, so it holds no slices)
	 */
	public record ActiveModel(String name, String text, Instant applied, List<PoolRecord> pools) {
		public ActiveModel {
			pools = List.copyOf(pools);
		}

		/** The same model with {@code newPools}. */
		public ActiveModel withPools(List<PoolRecord> newPools) {
			return new ActiveModel(name, text, applied, newPools);
		}
	}

	/**
	 * An offline request the server generated.
	 *
	 * @param id          its request id
	 * @param created     when
	 * @param activations activation id → copies that should remain on the server, in the request's order
	 */
	public record OfflineRequest(String id, Instant created, Map<String, Integer> activations) {
		public OfflineRequest {
			activations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(activations));
		}
	}
}

package org.seatkeeper.core.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.seatkeeper.core.domain.ActivationCount;
import org.seatkeeper.core.domain.CapabilityResult;
import org.seatkeeper.core.domain.ClientKey;
import org.seatkeeper.core.domain.Device;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.OfflineRequest;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.ReservationGroup;
import org.seatkeeper.core.domain.ServedFeature;
import org.seatkeeper.core.domain.ServerHealth;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.core.domain.ServerVersion;
import org.seatkeeper.core.domain.Setting;
import org.seatkeeper.core.domain.User;
import org.seatkeeper.core.internal.client.Answer;
import org.seatkeeper.core.internal.client.Answers;
import org.seatkeeper.core.internal.client.Call;
import org.seatkeeper.core.internal.client.Decoder;
import org.seatkeeper.core.internal.client.DeviceDecoder;
import org.seatkeeper.core.internal.client.Logins;
import org.seatkeeper.core.internal.client.ShapeException;
import org.seatkeeper.core.internal.client.Transport;
import org.seatkeeper.core.reservations.ReservationsJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The client of one license server's REST admin API, compatible with FlexNet Embedded local license
 * servers and Seatkeeper's embedded server.
 *
 * <p>Every operation is synchronous, reports to and checks its {@link IProgressMonitor} (a
 * cancelled monitor aborts the running call with {@code OperationCanceledException}), and throws a
 * {@link ServerException} for any failure: the server's refusal ({@link ServerErrorException}),
 * no connection ({@link ConnectionException}) or an answer that is not a license server's
 * ({@link UnexpectedAnswerException}). Callers run operations in Jobs, never on the UI thread.
 *
 * <p>Logging in: when the server answers 401 the client logs in with the credentials its
 * {@link CredentialsProvider} gives and retries once; a token about to expire is renewed before it
 * is sent. One login runs at a time and the threads that need it wait for its result, holding no lock
 * (see {@link Logins}). Instances are thread-safe.
 */
public final class LicenseServerClient implements AutoCloseable {

	/** A token this close to its end is renewed before a request. */
	private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
	private final ClientOptions options;
	private final Transport transport;
	private final Clock clock;
	private final Logins logins;

	public LicenseServerClient(ClientOptions options) {
		this(options, Clock.systemUTC());
	}

	/** A client that reads token expiry on {@code clock}. */
	public LicenseServerClient(ClientOptions options, Clock clock) {
		this.options = options;
		this.transport = new Transport(options);
		this.clock = clock;
		this.logins = new Logins(options.address(), options.credentials(), this::authorize);
	}

	public ServerAddress address() {
		return options.address();
	}

	/** How this client reaches its server. */
	public ClientOptions options() {
		return options;
	}

	/** The current login, if any. */
	public Optional<Session> session() {
		return logins.session();
	}

	/** Forgets the login and the credentials it used, at once; the next secured call asks the provider again. */
	public void logout() {
		logins.logout();
	}

	// ---- session

	/** Logs in as {@code login} and keeps the session (and the credentials, to renew it). */
	public Session login(Credentials login, IProgressMonitor monitor) throws ServerException {
		return logins.login(login, monitor);
	}

	private Session authorize(Credentials login, IProgressMonitor monitor) throws ServerException {
		JsonObject body = new JsonObject();
		body.addProperty("user", login.user());
		body.addProperty("password", new String(login.password()));
		Call call = Call.json("POST", "authorize", body.toString(), "log in as " + login.user());
		Answer answer = transport.send(call, null, orNull(monitor));
		if (answer.status() >= 400) {
			throw Answers.error(answer, call);
		}
		return decode(answer, call, json -> {
			JsonObject o = Decoder.object(json, "the login's answer");
			String token = Decoder.text(o, "token", "access_token");
			if (token.isEmpty()) {
				throw new ShapeException("the login's answer has no token");
			}
			JsonObject claims = Decoder.jwtClaims(token);
			Instant expires = Decoder.instant(o, "the login's answer", "expires");
			if (expires == null && claims.has("exp")) {
				expires = Instant.ofEpochSecond(claims.get("exp").getAsLong());
			}
			List<String> roles = new ArrayList<>();
			JsonElement named = claims.get("roles");
			if (named != null && named.isJsonArray()) {
				named.getAsJsonArray().forEach(r -> roles.add(r.getAsString()));
			} else if (named != null && named.isJsonPrimitive()) {
				for (String role : named.getAsString().split(",")) {
					if (!role.isBlank()) {
						roles.add(role.trim());
					}
				}
			}
			return new Session(login.user(), token, expires, roles);
		});
	}

	private Answer exchange(Call call, IProgressMonitor monitor) throws ServerException {
		IProgressMonitor progress = orNull(monitor);
		Session current = logins.session().orElse(null);
		if (current != null && current.expiresBefore(clock.instant().plus(RENEW_BEFORE))) {
			current = logins.renew(current, "The login has expired.", progress);
		}
		Answer answer = transport.send(call, current == null ? null : current.token(), progress);
		if (answer.status() == 401) {
			String refusal = Answers.error(answer, call.what()).getMessage();
			Session fresh = logins.renew(current, refusal, progress);
			if (fresh != null) {
				answer = transport.send(call, fresh.token(), progress);
			}
		}
		if (answer.status() >= 400) {
			throw Answers.error(answer, call);
		}
		return answer;
	}

	/** As {@link #exchange}, with a successful answer's body handed to {@code reader} as it arrives. */
	private <T> T exchangeStreamed(Call call, IProgressMonitor monitor, Transport.BodyReader<T> reader) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, capitalized(call.what()), 4);
		Session current = logins.session().orElse(null);
		if (current != null && current.expiresBefore(clock.instant().plus(RENEW_BEFORE))) {
			current = logins.renew(current, "The login has expired.", progress.split(1));
		}
		progress.setWorkRemaining(3);
		Transport.Streamed<T> answer = transport.stream(call, current == null ? null : current.token(), progress.split(1), reader);
		if (answer.other() != null && answer.other().status() == 401) {
			String refusal = Answers.error(answer.other(), call.what()).getMessage();
			Session fresh = logins.renew(current, refusal, progress.split(1));
			if (fresh != null) {
				answer = transport.stream(call, fresh.token(), progress.split(1), reader);
			}
		}
		if (answer.other() == null) {
			return answer.value();
		}
		Answer other = answer.other();
		if (other.status() >= 400) {
			throw Answers.error(other, call);
		}
		try {
			return reader.read(other.uri(), other.status(), other.contentType(), other.consume());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e); // an answer in memory reads without fail
		}
	}

	private <T> T fetch(Call call, IProgressMonitor monitor, Function<JsonElement, T> decoder) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, capitalized(call.what()), 2);
		Answer answer = exchange(call, progress.split(1));
		T value = decode(answer, call, decoder);
		progress.worked(1);
		return value;
	}

	private static <T> T decode(Answer answer, Call call, Function<JsonElement, T> decoder) throws UnexpectedAnswerException {
		JsonElement json = Answers.json(answer, call.what());
		return decode(answer, call, () -> decoder.apply(json));
	}

	/** What {@code decoding} makes of the answer; a shape it does not expect is an {@link UnexpectedAnswerException}. */
	private static <T> T decode(Answer answer, Call call, Decoding<T> decoding) throws UnexpectedAnswerException {
		try {
			return decoding.run();
		} catch (ShapeException | IllegalStateException | UnsupportedOperationException | ClassCastException e) {
			throw new UnexpectedAnswerException(answer.uri(), answer.status(), "The server's answer when asked to " + call.what()
					+ " has an unexpected shape: " + e.getMessage() + ".", e);
		}
	}

	@FunctionalInterface
	private interface Decoding<T> {
		T run() throws UnexpectedAnswerException;
	}

	private void run(Call call, IProgressMonitor monitor) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, capitalized(call.what()), 1);
		exchange(call, progress.split(1));
	}

	private static IProgressMonitor orNull(IProgressMonitor monitor) {
		return monitor == null ? new NullProgressMonitor() : monitor;
	}

	private static String capitalized(String what) {
		return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
	}

	private static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	// ---- server

	/** The server's health; needs no login. */
	public ServerHealth health(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get("health", "report its health"), monitor, Decoder::health);
	}

	public ServerVersion version(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.VERSION, "version", "report its version"), monitor, Decoder::version);
	}

	public HostIds hostIds(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.HOSTIDS, "hostids", "list its hostids"), monitor, Decoder::hostIds);
	}

	/** Makes {@code hostId} the one the server uses; answers the hostids as they are now. */
	public HostIds selectHostId(HostId hostId, IProgressMonitor monitor) throws ServerException {
		JsonObject body = new JsonObject();
		body.addProperty("type", hostId.type());
		body.addProperty("value", hostId.value());
		return fetch(Call.json("POST", "hostids/selected", body.toString(), "use the hostid " + hostId), monitor,
				Decoder::hostIds);
	}

	// ---- features

	public List<Feature> features(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.FEATURES, "features", "list the features"), monitor, Decoder::features);
	}

	public Feature feature(long id, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get("features/" + id, "show feature record " + id), monitor, json -> Decoder.feature(json, "feature record " + id));
	}

	/**
	 * The devices feature record {@code id} serves, one usage record per grant, with their counts. A server
	 * that does not list them throws with {@link ApiPart#FEATURE_DEVICES} missing.
	 */
	public List<FeatureUsage> featureUsage(long id, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.FEATURE_DEVICES, "features/" + id + "/clients", "list the devices served by feature record " + id),
				monitor, json -> DeviceDecoder.usages(json, id));
	}

	/**
	 * The totals of {@code records} per feature name and version. The server's own totals are used where it
	 * offers them ({@code features/summaries}); metered, counted and expirations the server does not give are
	 * taken from the records. A server without summaries gets them added up from the records, and
	 * {@link ApiPart#FEATURE_SUMMARIES} is noted in {@code parts}.
	 */
	public List<FeatureSummary> featureSummaries(List<Feature> records, OptionalParts parts, IProgressMonitor monitor)
			throws ServerException {
		List<FeatureSummary> computed = FeatureSummary.summarize(records);
		Optional<List<FeatureSummary>> offered = parts.ask(() -> fetch(
				Call.get(ApiPart.FEATURE_SUMMARIES, "features/summaries", "summarize the features"), monitor, Decoder::summaries));
		return offered.isEmpty() ? computed : FeatureSummary.completed(offered.get(), computed);
	}

	/** Feature records whose overdraft counts are in use. */
	public List<Feature> overages(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.OVERAGES, "overages", "list the overages"), monitor, Decoder::features);
	}

	// ---- devices

	public List<Device> devices(IProgressMonitor monitor) throws ServerException {
		Call call = Call.get(ApiPart.DEVICES, "clients", "list the devices");
		// decoded as the answer arrives: the text of 100,000 devices (70 MB) is never held whole
		return exchangeStreamed(call, monitor, (uri, status, type, body) -> {
			try {
				return Answers.list(uri, status, type, body, call.what(), DeviceDecoder::devices, DeviceDecoder::device, DeviceDecoder.DEVICE);
			} catch (ShapeException | IllegalStateException | UnsupportedOperationException | ClassCastException e) {
				throw new UnexpectedAnswerException(uri, status, "The server's answer when asked to " + call.what()
						+ " has an unexpected shape: " + e.getMessage() + ".", e);
			}
		});
	}

	public Device device(long id, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get("clients/" + id, "show device " + id), monitor, json -> DeviceDecoder.device(json, "device " + id));
	}

	/** Drops every device ({@code DELETE clients}): the server frees all counts devices hold. */
	public void dropAllDevices(IProgressMonitor monitor) throws ServerException {
		run(Call.delete("clients", "drop all devices"), monitor);
	}

	/** Drops a device: the server frees the counts it holds. */
	public void dropDevice(long id, IProgressMonitor monitor) throws ServerException {
		run(Call.delete("clients/" + id, "drop device " + id), monitor);
	}

	/**
	 * {@code device} with what it holds. A real server's device records do not list it
	 * ({@link Device#featuresListed()}): it is then looked up in the devices of each feature record in use.
	 * A server that lists neither notes {@link ApiPart#FEATURE_DEVICES} in {@code parts} and the device is
	 * answered as it was.
	 */
	public Device withFeaturesHeld(Device device, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		if (device.featuresListed()) {
			return device;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Finding what device " + device.hostId().value() + " holds", 10);
		List<Feature> inUse = features(progress.split(1)).stream().filter(f -> f.used() > 0).toList();
		progress.setWorkRemaining(inUse.size());
		List<ServedFeature> held = new ArrayList<>();
		for (Feature record : inUse) {
			Optional<List<FeatureUsage>> usages = parts.ask(() -> featureUsage(record.id(), progress.split(1)));
			if (usages.isEmpty()) {
				return device;
			}
			for (FeatureUsage usage : usages.get()) {
				if (usage.device().id() == device.id()) {
					held.add(new ServedFeature(record.id(), record.name(), record.version(), usage.useCount(), usage.reservedCount(),
							0, "", record.expiry(), record.startDate(), record.vendorString()));
				}
			}
		}
		return device.withFeatures(held);
	}

	// ---- reservations

	public List<ReservationGroup> reservationGroups(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.RESERVATIONS, "reservationgroups", "list the reservation groups"), monitor,
				Decoder::groups);
	}

	public ReservationGroup reservationGroup(long id, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get("reservationgroups/" + id, "show reservation group " + id), monitor,
				json -> Decoder.group(json, "reservation group " + id));
	}

	/**
	 * Adds groups; the server adds all of them or none. Answers the groups as the server added them
	 * (with their ids).
	 */
	public List<ReservationGroup> addReservationGroups(List<ReservationGroup> groups, IProgressMonitor monitor)
			throws ServerException {
		String what = groups.size() == 1 ? "add the reservation group '" + groups.get(0).name() + "'"
				: "add " + groups.size() + " reservation groups";
		return fetch(Call.json("POST", "reservationgroups", ReservationsJson.toJson(groups).toString(), what), monitor,
				Decoder::groups);
	}

	public void deleteReservationGroup(long id, IProgressMonitor monitor) throws ServerException {
		run(Call.delete("reservationgroups/" + id, "delete reservation group " + id), monitor);
	}

	public void deleteReservation(long groupId, long reservationId, IProgressMonitor monitor) throws ServerException {
		run(Call.delete("reservationgroups/" + groupId + "/reservations/" + reservationId,
				"delete reservation " + reservationId + " of group " + groupId), monitor);
	}

	// ---- model and pools

	public ServerModel model(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.MODEL, "model", "show the model definition"), monitor, Decoder::model);
	}

	/**
	 * Uploads a model definition. A refused one leaves the server's model as it was; the
	 * {@link ServerErrorException}'s arguments hold each error the server found.
	 */
	public ServerModel uploadModel(String definition, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.bytes("POST", "model", "text/plain; charset=utf-8", definition.getBytes(StandardCharsets.UTF_8),
				"apply the model definition"), monitor, Decoder::model);
	}

	/** Deletes the model: the default model (everything in the default pool) applies again. */
	public void deleteModel(IProgressMonitor monitor) throws ServerException {
		run(Call.delete("model", "delete the model definition"), monitor);
	}

	/** Every license pool, the default one included. */
	public List<Pool> pools(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.POOLS, "partitions", "list the license pools"), monitor, Decoder::pools);
	}

	/**
	 * Every license pool, the default one included. A server that does not list its pools, and applies no
	 * model or offers none, has every count in the default pool: that pool is then made from the feature
	 * records. With a model applied that it does not show as pools, there is none to show. What it lacks is
	 * noted in {@code parts}.
	 */
	public List<Pool> pools(OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, "Listing the license pools", 3);
		Optional<List<Pool>> listed = parts.ask(() -> pools(progress.split(1)));
		if (listed.isPresent()) {
			return listed.get();
		}
		Optional<ServerModel> model = parts.ask(() -> model(progress.split(1)));
		if (model.isPresent() && !model.get().isDefault()) {
			return List.of();
		}
		return List.of(Pool.defaultOf(features(progress.split(1))));
	}

	// ---- settings

	public List<Setting> settings(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.SETTINGS, "configuration", "list the settings"), monitor, Decoder::settings);
	}

	/**
	 * Changes settings; a {@code null} value returns a setting to its default. The server applies all
	 * of them or none. Answers the settings as they are now.
	 */
	public List<Setting> updateSettings(Map<String, String> changes, IProgressMonitor monitor) throws ServerException {
		JsonObject body = new JsonObject();
		changes.forEach((name, value) -> {
			if (value == null) {
				body.add(name, JsonNull.INSTANCE);
			} else {
				body.addProperty(name, value);
			}
		});
		String what = changes.size() == 1 ? "change the setting " + changes.keySet().iterator().next()
				: "change " + changes.size() + " settings";
		return fetch(Call.json("POST", "configuration", body.toString(), what), monitor, Decoder::settings);
	}

	// ---- users

	public List<User> users(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.USERS, "users", "list the users"), monitor, Decoder::users);
	}

	public User createUser(String name, char[] password, List<String> roles, IProgressMonitor monitor) throws ServerException {
		JsonObject body = new JsonObject();
		body.addProperty("name", name);
		body.addProperty("password", new String(password));
		JsonArray list = new JsonArray();
		roles.forEach(list::add);
		body.add("roles", list);
		return fetch(Call.json("POST", "users", body.toString(), "create the user " + name), monitor,
				json -> Decoder.user(json, "the user " + name));
	}

	/** Changes a user's password and/or roles; {@code null} keeps what the user has. */
	public User updateUser(String name, char[] password, List<String> roles, IProgressMonitor monitor) throws ServerException {
		JsonObject body = new JsonObject();
		if (password != null) {
			body.addProperty("password", new String(password));
		}
		if (roles != null) {
			JsonArray list = new JsonArray();
			roles.forEach(list::add);
			body.add("roles", list);
		}
		return fetch(Call.json("PUT", "users/" + segment(name), body.toString(), "change the user " + name), monitor,
				json -> Decoder.user(json, "the user " + name));
	}

	public void deleteUser(String name, IProgressMonitor monitor) throws ServerException {
		run(Call.delete("users/" + segment(name), "delete the user " + name), monitor);
	}

	// ---- client keys

	/** The client public key for REST licensing, or empty when the server has none. */
	public Optional<ClientKey> clientKey(IProgressMonitor monitor) throws ServerException {
		try {
			return Optional.of(fetch(Call.get("rest_licensing_keys", "show the client key"), monitor, Decoder::clientKey));
		} catch (ServerErrorException e) {
			if (e.kind() == ServerErrorException.Kind.NOT_FOUND) {
				return Optional.empty();
			}
			throw e;
		}
	}

	/** Uploads a DER SubjectPublicKeyInfo RSA key; answers the key as the server keeps it. */
	public ClientKey uploadClientKey(byte[] der, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.bytes("POST", "rest_licensing_keys", "application/octet-stream", der, "take the client key"),
				monitor, Decoder::clientKey);
	}

	/** Removes the client key. Servers answer 410 Gone, which is success here. */
	public void deleteClientKey(IProgressMonitor monitor) throws ServerException {
		try {
			run(Call.delete("rest_licensing_keys", "remove the client key"), monitor);
		} catch (ServerErrorException e) {
			if (e.kind() != ServerErrorException.Kind.GONE) {
				throw e;
			}
		}
	}

	// ---- offline exchange

	/** A capability request file to take to the back office. */
	public byte[] capabilityRequest(IProgressMonitor monitor) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating a capability request", 1);
		return exchange(Call.get("capability_request", "generate a capability request"), progress.split(1)).body();
	}

	/** An offline activation request file for {@code activations}. */
	public byte[] activationRequest(List<ActivationCount> activations, IProgressMonitor monitor) throws ServerException {
		if (activations.isEmpty()) {
			throw new IllegalArgumentException("An activation request needs at least one activation id");
		}
		JsonObject body = new JsonObject();
		JsonArray list = new JsonArray();
		for (ActivationCount activation : activations) {
			JsonObject a = new JsonObject();
			a.addProperty("id", activation.activationId());
			a.addProperty("count", activation.count());
			list.add(a);
		}
		body.add("activations", list);
		SubMonitor progress = SubMonitor.convert(monitor, "Generating an activation request", 1);
		return exchange(Call.json("POST", "activation_request", body.toString(), "generate an activation request"),
				progress.split(1)).body();
	}

	/** Applies a capability response from the back office. */
	public CapabilityResult uploadCapabilityResponse(byte[] response, IProgressMonitor monitor) throws ServerException {
		return fetch(Call.bytes("POST", "capability_response", "application/octet-stream", response,
				"apply the capability response"), monitor, Decoder::capabilityResult);
	}

	/** The requests the server generated that still wait for a response. */
	public List<OfflineRequest> offlineRequests(IProgressMonitor monitor) throws ServerException {
		return fetch(Call.get(ApiPart.OFFLINE_REQUESTS, "offline_requests", "list the waiting offline requests"), monitor,
				Decoder::offlineRequests);
	}

	@Override
	public void close() {
		transport.close();
	}
}

package org.seatkeeper.server.internal.api;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.seatkeeper.server.internal.api.AdminAnswers.ClientKey;
import org.seatkeeper.server.internal.api.AdminAnswers.Database;
import org.seatkeeper.server.internal.api.AdminAnswers.Health;
import org.seatkeeper.server.internal.api.AdminAnswers.HealthReport;
import org.seatkeeper.server.internal.api.AdminAnswers.HostIds;
import org.seatkeeper.server.internal.api.AdminAnswers.Instance;
import org.seatkeeper.server.internal.api.AdminAnswers.Setting;
import org.seatkeeper.server.internal.api.AdminAnswers.Token;
import org.seatkeeper.server.internal.api.AdminAnswers.User;
import org.seatkeeper.server.internal.api.AdminAnswers.Version;
import org.seatkeeper.server.internal.api.LicensingAnswers.BothStylesHostId;
import org.seatkeeper.server.internal.security.LoginThrottle;
import org.seatkeeper.server.internal.security.Passwords;
import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.settings.SettingDefinition;
import org.seatkeeper.server.internal.settings.SettingsCatalog;
import org.seatkeeper.server.internal.state.Events;
import org.seatkeeper.server.internal.state.ServerCore;
import org.seatkeeper.server.internal.state.ServerData.HostIdValue;
import org.seatkeeper.server.internal.state.ServerData.UserAccount;
import org.seatkeeper.server.internal.state.ServerData;
import org.seatkeeper.server.internal.state.ServerHostIds;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The server's own administration: login, health and version, its hostids, the policy settings, user
 * accounts and the client key for REST licensing. Shapes and paths are documented in API.md.
 */
public final class AdminApi {

	/**
	 * What the server's build says of itself.
	 *
	 * @param version   the bundle version, e.g. {@code 1.0.0.v20261203-1015}
	 * @param buildDate when it was built (ISO-8601), or {@code ""}
	 * @param branch    the source branch it was built from, or {@code ""} when the build did not say
	 * @param gitHash   the commit it was built from, or {@code ""} when the build did not say
	 */
	public record Build(String version, String buildDate, String branch, String gitHash) {

		/** The micro part of the version ({@code 0} of {@code 1.0.0.v…}), what real servers call the patch. */
		public String patch() {
			String[] parts = version.split("\\.");
			return parts.length > 2 ? parts[2] : "0";
		}
	}

	private final ServerCore core;
	private final LoginThrottle throttle = new LoginThrottle();
	private final Build build;
	private final boolean https;

	public AdminApi(ServerCore core, Build build, boolean https) {
		this.core = core;
		this.build = build;
		this.https = https;
	}

	public void register(Router router) {
		router.add("GET", "", Role.READ, r -> Response.ok(instance()))
				.add("POST", "authorize", null, this::authorize)
				.add("GET", "health", null, r -> Response.ok(health()))
				.add("GET", "version", Role.READ, r -> Response.ok(versionJson()))
				.add("GET", "hostids", Role.READ, r -> Response.ok(hostIds()))
				.add("GET", "hostids/selected", Role.READ, r -> Response.ok(BothStylesHostId.of(selected())))
				.add("POST", "hostids/selected", Role.ADMIN, this::selectHostId)
				.add("GET", "configuration", Role.READ, r -> Response.ok(configuration()))
				.add("POST", "configuration", Role.ADMIN, this::configure)
				.add("GET", "users", Role.ADMIN, r -> Response.ok(users()))
				.add("POST", "users", Role.ADMIN, this::createUser)
				.add("GET", "users/{}", Role.ADMIN, r -> Response.ok(user(account(r.parameter(0)))))
				.add("PUT", "users/{}", Role.ADMIN, this::editUser)
				.add("DELETE", "users/{}", Role.ADMIN, this::deleteUser)
				.add("GET", "rest_licensing_keys", Role.READ, r -> clientKey())
				.add("POST", "rest_licensing_keys", Role.ADMIN, this::uploadClientKey)
				.add("DELETE", "rest_licensing_keys", Role.ADMIN, this::deleteClientKey);
	}

	// ---- login

	private Response authorize(Request request) throws ApiException {
		JsonObject body = request.jsonObject();
		String user = Request.text(body, "user");
		String password = Request.text(body, "password");
		String address = request.remote().getHostAddress();
		java.time.Instant now = core.clock().instant();
		java.util.Optional<java.time.Duration> wait = throttle.wait(user, address, now);
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
			throw new ApiException(429, "glsErr.tooManyLoginFailures", "Too many failed logins for " + user + " or from " + address
					+ "; try again in " + seconds + " s", user, Long.toString(seconds)).retryAfter(seconds);
		}
		java.util.Optional<ServerCore.Login> accepted = core.login(user, password.toCharArray());
		if (accepted.isEmpty()) {
			throttle.failed(user, address, now);
			throw loginRefused(request.path(), user);
		}
		throttle.succeeded(user, address);
		ServerCore.Login login = accepted.get();
		return Response.ok(new Token(EXPIRES.format(login.expires()), login.token()));
	}

	/** {@code 2023-12-19T05:39:28.850Z}: always three digits of milliseconds, as real servers write it. */
	static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	/**
	 * A refused login exactly as real servers answer it (the reference's §1.4.9), the same for an unknown
	 * user and a wrong password.
	 */
	static ApiException loginRefused(String path, String user) {
		String uri = "uri=" + path;
		return new ApiException(401, "glsErr.userAuthFailed", "Authorization attempt at " + uri + " failed for user " + user
				+ " (error BadCredentialsException(Bad credentials))", uri, user, "BadCredentialsException", "Bad credentials");
	}

	// ---- health, version

	/**
	 * The health report with every key real servers send, in their order (the reference's §1.4.5), then
	 * Seatkeeper's own {@code product} and {@code https}.
	 */
	private Health health() {
		String storageFailure = core.storageFailure().orElse(null);
		boolean writable = storageFailure == null;
		return new Health(new HealthReport(build.version(), build.buildDate(), build.version(), build.branch(), build.gitHash(),
				build.patch(), "" /* no FlexNet Embedded toolkit inside */, core.instanceId(),
				new Database(writable ? "success" : "failure"), enabled(core.flag("security.enabled")),
				enabled(core.flag("security.http.auth.enabled")), enabled(core.clientKey() != null), writable ? "ok" : "error",
				PRODUCT, enabled(https), writable ? "read-write" : "read-only", storageFailure));
	}

	private static String enabled(boolean on) {
		return on ? "enabled" : "disabled";
	}

	private static final String PRODUCT = "Seatkeeper embedded license server";

	private Version versionJson() {
		return new Version(build.version(), build.buildDate(), build.version(), PRODUCT);
	}

	/** {@code GET .../instances/~/}: the instance's id, the hostid it uses and its version ([I]: the shape is [NF]). */
	private Instance instance() {
		return new Instance(core.instanceId(), BothStylesHostId.of(selected()), build.version());
	}

	// ---- hostids

	private List<HostIdValue> machineHostIds() {
		return ServerHostIds.machine(core);
	}

	private HostIdValue selected() {
		return ServerHostIds.selected(core);
	}

	private HostIds hostIds() {
		return new HostIds(BothStylesHostId.of(selected()), machineHostIds().stream().map(BothStylesHostId::of).toList());
	}

	private Response selectHostId(Request request) throws ApiException {
		JsonObject body = request.jsonObject();
		String type = Request.optionalText(body, "type").or(() -> optional(body, "hostidType")).orElse(null);
		String value = Request.optionalText(body, "value").or(() -> optional(body, "hostidValue")).orElse(null);
		if (type == null || value == null) {
			throw ApiException.badRequest("glsErr.missingField", "Give the hostid as {\"type\": ..., \"value\": ...}");
		}
		HostIdValue wanted = machineHostIds().stream()
				.filter(id -> id.type().equalsIgnoreCase(type) && id.value().equalsIgnoreCase(value)).findFirst()
				.orElseThrow(() -> ApiException.badRequest("glsErr.invalidHostId",
						"This machine has no hostid " + value + "/" + type + "; GET hostids lists the ones it has", value, type));
		core.change(state -> new Events.HostIdSelected(wanted));
		return Response.ok(hostIds());
	}

	private static java.util.Optional<String> optional(JsonObject body, String member) {
		try {
			return Request.optionalText(body, member);
		} catch (ApiException e) {
			return java.util.Optional.empty();
		}
	}

	// ---- configuration

	private List<Setting> configuration() {
		Map<String, String> overrides = core.read(s -> new LinkedHashMap<>(s.settings));
		return SettingsCatalog.all().stream().map(setting -> Setting.of(setting, value(setting, overrides))).toList();
	}

	private String value(SettingDefinition setting, Map<String, String> overrides) {
		return switch (setting.name()) {
		case "server.instanceId" -> core.instanceId();
		case "server.uuid" -> core.read(s -> s.uuid);
		case "https-in.enabled" -> Boolean.toString(https);
		default -> overrides.getOrDefault(setting.name(), setting.defaultValue());
		};
	}

	/** {@code {"name": "value", ...}}: all are checked first, then all are applied, or none. */
	private Response configure(Request request) throws ApiException {
		JsonObject body = request.jsonObject();
		Map<String, String> changes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> entry : body.entrySet()) {
			String name = entry.getKey();
			SettingDefinition setting = SettingsCatalog.get(name).orElseThrow(() -> ApiException.badRequest(
					"glsErr.unknownSetting", "There is no setting " + name + "; GET configuration lists them", name));
			if (!setting.editable()) {
				throw new ApiException(403, "glsErr.settingNotEditable",
						name + " can only be set by the producer", name);
			}
			JsonElement value = entry.getValue();
			if (value.isJsonNull()) {
				changes.put(name, null);
				continue;
			}
			if (!value.isJsonPrimitive()) {
				throw ApiException.badRequest("glsErr.invalidSetting", name + " takes a string, number or boolean", name);
			}
			String text = value.getAsString().trim();
			String problem = setting.type().problem(text).orElse(null);
			if (problem != null) {
				throw ApiException.badRequest("glsErr.invalidSetting", "Invalid value '" + text + "' for " + name + ": " + problem,
						name, text);
			}
			changes.put(name, text.equals(setting.defaultValue()) ? null : text);
		}
		if (changes.containsKey("licensing.borrowIntervalMax")) {
			checkBorrowMaximum(changes.get("licensing.borrowIntervalMax"));
		}
		if (changes.get("security.token.duration") != null) {
			java.time.Duration duration = org.seatkeeper.model.policy.Durations.parse(changes.get("security.token.duration")).orElseThrow();
			if (duration.compareTo(ServerCore.SHORTEST_TOKEN) < 0 || duration.compareTo(ServerCore.LONGEST_TOKEN) > 0) {
				throw ApiException.badRequest("glsErr.invalidSetting", "security.token.duration must be between 1m and 30d, not "
						+ changes.get("security.token.duration"), "security.token.duration", changes.get("security.token.duration"));
			}
		}
		core.change(state -> changes.isEmpty() ? null : new Events.SettingsChanged(changes));
		return Response.ok(configuration());
	}

	private void checkBorrowMaximum(String value) throws ApiException {
		if (value == null) {
			return;
		}
		java.time.Duration maximum = org.seatkeeper.model.policy.Durations.parse(value).orElseThrow();
		if (maximum.isZero()) {
			throw ApiException.badRequest("glsErr.invalidSetting", "licensing.borrowIntervalMax must be longer than 0",
					"licensing.borrowIntervalMax", value);
		}
	}

	// ---- users

	private List<User> users() {
		return core.read(s -> List.copyOf(s.users.values())).stream().map(AdminApi::user).toList();
	}

	private static User user(UserAccount account) {
		return new User(account.name(), Role.authorities(account.roles()));
	}

	private UserAccount account(String name) throws ApiException {
		return ApiException.found(core.read(s -> s.users.get(name)), "The user " + name);
	}

	private Response createUser(Request request) throws ApiException {
		JsonObject body = request.jsonObject();
		String name = Request.text(body, "name").trim();
		if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
			throw ApiException.badRequest("glsErr.invalidUserName",
					"A user name has 1 to 64 letters, digits, '.', '_', '@' or '-'", name);
		}
		String hash = hash(Request.text(body, "password"));
		Set<Role> roles = roles(body);
		core.change(state -> {
			if (state.users.containsKey(name)) {
				throw ApiException.conflict("glsErr.userExists", "The user " + name + " exists already", name);
			}
			return new Events.UserSaved(name, hash, roles, core.clock().instant());
		});
		return Response.json(201, user(account(name)));
	}

	private Response editUser(Request request) throws ApiException {
		String name = request.parameter(0);
		JsonObject body = request.jsonObject();
		String newPassword = Request.optionalText(body, "password").orElse(null);
		String hash = newPassword == null ? null : hash(newPassword);
		Set<Role> roles = body.has("roles") ? roles(body) : null;
		core.change(state -> {
			UserAccount account = ApiException.found(state.users.get(name), "The user " + name);
			Set<Role> newRoles = roles == null ? account.roles() : roles;
			if (!newRoles.contains(Role.ADMIN) && account.roles().contains(Role.ADMIN) && admins(state) == 1) {
				throw ApiException.conflict("glsErr.lastAdministrator",
						name + " is the last administrator; give ROLE_ADMIN to someone else first", name);
			}
			return new Events.UserSaved(name, hash == null ? account.passwordHash() : hash, newRoles, core.clock().instant());
		});
		return Response.ok(user(account(name)));
	}

	private Response deleteUser(Request request) throws ApiException {
		String name = request.parameter(0);
		core.change(state -> {
			UserAccount account = ApiException.found(state.users.get(name), "The user " + name);
			if (account.roles().contains(Role.ADMIN) && admins(state) == 1) {
				throw ApiException.conflict("glsErr.lastAdministrator", name + " is the last administrator and cannot be deleted",
						name);
			}
			return new Events.UserDeleted(name);
		});
		return Response.empty(204);
	}

	private static long admins(ServerData state) {
		return state.users.values().stream().filter(u -> u.roles().contains(Role.ADMIN)).count();
	}

	private String hash(String password) throws ApiException {
		String problem = Passwords.policyViolation(password).orElse(null);
		if (problem != null) {
			throw ApiException.badRequest("glsErr.weakPassword", "The password is refused: " + problem);
		}
		return core.hashPassword(password.toCharArray());
	}

	private static Set<Role> roles(JsonObject body) throws ApiException {
		JsonElement element = body.get("roles");
		Set<Role> roles = EnumSet.of(Role.READ);
		if (element == null || element.isJsonNull()) {
			return roles;
		}
		List<String> names = new ArrayList<>();
		if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(e -> names.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
		} else if (element.isJsonPrimitive()) {
			names.addAll(List.of(element.getAsString().split("[,+]")));
		}
		for (String name : names) {
			roles.add(Role.of(name).orElseThrow(() -> ApiException.badRequest("glsErr.invalidRole",
					"Unknown role " + name.trim() + "; roles are ROLE_READ, ROLE_RESERVATIONS, ROLE_DROPCLIENT, ROLE_ADMIN, ROLE_OFFLINE",
					name.trim())));
		}
		return roles;
	}

	// ---- client key for REST licensing

	private Response clientKey() throws ApiException {
		String key = core.read(s -> s.restLicensingKey);
		return Response.ok(new ClientKey(ApiException.found(key, "A client key")));
	}

	private Response uploadClientKey(Request request) throws ApiException {
		request.requireContentType("application/octet-stream");
		try {
			RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(request.body()));
			if (key.getModulus().bitLength() != 2048) {
				throw ApiException.badRequest("glsErr.invalidPublicKey",
						"The key is RSA-" + key.getModulus().bitLength() + "; the server takes RSA-2048 keys only");
			}
		} catch (GeneralSecurityException | ClassCastException e) {
			throw ApiException.badRequest("glsErr.invalidPublicKey",
					"The body is not an RSA public key in DER (SubjectPublicKeyInfo) form, as 'openssl rsa -pubout -outform DER' writes it");
		}
		String base64 = Base64.getEncoder().encodeToString(request.body());
		core.change(state -> new Events.ClientKeySet(base64));
		return Response.ok(new ClientKey(base64));
	}

	private Response deleteClientKey(Request request) {
		core.change(state -> state.restLicensingKey == null ? null : new Events.ClientKeySet(null));
		return Response.empty(410);
	}
}

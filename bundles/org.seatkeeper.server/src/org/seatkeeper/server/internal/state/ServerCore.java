package org.seatkeeper.server.internal.state;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.seatkeeper.model.policy.Durations;
import org.seatkeeper.server.internal.security.HashingPool;
import org.seatkeeper.server.internal.security.Jwt;
import org.seatkeeper.server.internal.security.Passwords;
import org.seatkeeper.server.internal.security.Principal;
import org.seatkeeper.server.internal.security.Role;
import org.seatkeeper.server.internal.settings.SettingDefinition;
import org.seatkeeper.server.internal.settings.SettingsCatalog;
import org.seatkeeper.server.internal.state.ServerData.UserAccount;
import org.seatkeeper.server.internal.store.Event;
import org.seatkeeper.server.internal.store.Store;
import org.seatkeeper.server.internal.store.StoreException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The server's state and the rules around it, without HTTP: one lock guards the state, every change is
 * an event written to the store, and a change returns only once it is on disk.
 */
public final class ServerCore implements AutoCloseable {

	/** The user the server creates at first start. */
	public static final String ADMIN = "admin";

	private static final SecureRandom RANDOM = new SecureRandom();
	/** A hash compared against when the user does not exist, so that a login takes as long either way. */
	private static final String DUMMY_HASH = Passwords.hash("not-a-password".toCharArray());

	/** The shortest and longest a token may be valid, whatever security.token.duration says. */
	public static final Duration SHORTEST_TOKEN = Duration.ofMinutes(1);
	public static final Duration LONGEST_TOKEN = Duration.ofDays(30);

	private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ServerCore.class.getName());

	private final Object lock = new Object();
	private final HashingPool hashing = new HashingPool();
	/**
	 * What every request asks (the settings that differ from their defaults, for the security gate and
	 * the open routes' limits; the client key the routes check tokens against), read without the lock.
	 * Replaced under the lock whenever an event changes it.
	 */
	private volatile View view = new View(Map.of(), null);

	private record View(Map<String, String> settings, String clientKey) {
		static View of(ServerData state) {
			return new View(Map.copyOf(state.settings), state.restLicensingKey);
		}
	}
	private final Store<ServerData> store;
	private final Clock clock;
	private final Jwt jwt;

	/**
	 * Opens the server's state in {@code data}. At first start it creates the server's identity and the
	 * administrator {@code admin}: with {@code adminPassword} if given (it must satisfy the password
	 * policy), else with a generated password that {@code console} shows once.
	 */
	public ServerCore(Path data, Clock clock, Optional<String> adminPassword, Consumer<String> console) {
		this(data, clock, adminPassword, console, java.util.function.UnaryOperator.identity());
	}

	/** Opens the state with the journal's channel passed through {@code journalChannel} (tests inject failures). */
	public ServerCore(Path data, Clock clock, Optional<String> adminPassword, Consumer<String> console,
			java.util.function.UnaryOperator<java.nio.channels.FileChannel> journalChannel) {
		this.clock = clock;
		this.store = new Store<>(data, gson(), ServerData.class, ServerData::new, Events.types(), journalChannel, ServerData::copy);
		try {
			jwt = createOrOpen(data, adminPassword, console);
		} catch (RuntimeException e) {
			store.abandon();
			throw e;
		}
	}

	private Jwt createOrOpen(Path data, Optional<String> adminPassword, Consumer<String> console) {
		synchronized (lock) {
			ServerData state = store.state();
			if (state.instanceId == null) {
				byte[] key = new byte[64];
				RANDOM.nextBytes(key);
				store.append(new Events.IdentityCreated(newInstanceId(), UUID.randomUUID().toString(),
						Base64.getEncoder().encodeToString(key)));
			}
			if (state.users.isEmpty()) {
				String password = adminPassword.orElseGet(Passwords::generate);
				Passwords.policyViolation(password).ifPresent(problem -> {
					throw new IllegalArgumentException("The administrator password is too weak: " + problem);
				});
				store.append(new Events.UserSaved(ADMIN, Passwords.hash(password.toCharArray()), Role.all(), clock.instant()));
				if (adminPassword.isEmpty()) {
					console.accept("Created the administrator '" + ADMIN + "' with a generated password, written to "
							+ writePasswordFile(data, password) + " (readable by you only; delete it once you have changed the password)");
				} else {
					console.accept("Created the administrator '" + ADMIN + "' with the password you gave");
				}
			}
			store.awaitDurable(store.sequence());
			view = View.of(state);
			return new Jwt(Base64.getDecoder().decode(state.tokenKey), state.instanceId);
		}
	}

	/** The file a generated administrator password is written to, readable by its owner only. */
	public static final String PASSWORD_FILE = "admin-password.txt";

	private static Path writePasswordFile(Path data, String password) {
		Path file = data.resolve(PASSWORD_FILE).toAbsolutePath();
		try (java.nio.channels.FileChannel out = org.seatkeeper.server.internal.store.OwnerOnlyFiles.create(file)) {
			out.write(java.nio.ByteBuffer.wrap((password + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			out.force(true);
			return file;
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot write the generated administrator password to " + file, e);
		}
	}

	/** The Gson that writes the state and the journal. */
	public static Gson gson() {
		return new GsonBuilder().serializeNulls().disableHtmlEscaping()
				.registerTypeAdapter(Instant.class, new IsoAdapter<>(Instant::parse))
				.registerTypeAdapter(java.time.LocalDate.class, new IsoAdapter<>(java.time.LocalDate::parse)).create();
	}

	/** Writes a time as its ISO-8601 text. */
	private static final class IsoAdapter<T> extends com.google.gson.TypeAdapter<T> {
		private final Function<String, T> parser;

		IsoAdapter(Function<String, T> parser) {
			this.parser = parser;
		}

		@Override
		public void write(com.google.gson.stream.JsonWriter out, T value) throws java.io.IOException {
			if (value == null) {
				out.nullValue();
			} else {
				out.value(value.toString());
			}
		}

		@Override
		public T read(com.google.gson.stream.JsonReader in) throws java.io.IOException {
			if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
				in.nextNull();
				return null;
			}
			return parser.apply(in.nextString());
		}
	}

	/** A 12-character instance id like the ones real servers show, e.g. {@code Q8A5YCZ3A4GH}. */
	private static String newInstanceId() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder id = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return id.toString();
	}

	public Clock clock() {
		return clock;
	}

	/** Reads the state under the lock. {@code reader} must not keep references to mutable parts. */
	public <T> T read(Function<ServerData, T> reader) {
		synchronized (lock) {
			return reader.apply(store.state());
		}
	}

	/**
	 * Checks and makes a change under the lock: {@code decide} looks at the state and returns the event
	 * to record (or throws to refuse); returns once the event is on disk.
	 */
	public <X extends Exception> void change(Decision<X> decide) throws X {
		long seq;
		synchronized (lock) {
			store.failure().ifPresent(reason -> {
				throw new StoreException("The server's data cannot be written (" + reason + ")");
			});
			Event<ServerData> event = decide.decide(store.state());
			if (event == null) {
				return;
			}
			seq = store.append(event);
			if (event instanceof Events.SettingsChanged || event instanceof Events.ClientKeySet) {
				view = View.of(store.state());
			}
		}
		try {
			store.awaitDurable(seq);
		} catch (StoreException e) {
			// the change is refused: reads show what is on disk, without it
			synchronized (lock) {
				view = View.of(store.durableState());
			}
			throw e;
		}
	}

	/** Writes a snapshot now, so that the journal (and the folder) shrinks to the state's size. */
	public void compact() {
		synchronized (lock) {
			if (store.failure().isEmpty()) {
				store.snapshot();
			}
		}
	}

	/** Why the server takes no more changes (its data could not be written), or empty while it does. */
	public Optional<String> storageFailure() {
		return store.failure();
	}

	/** Looks at the state and says what to change. */
	@FunctionalInterface
	public interface Decision<X extends Exception> {
		Event<ServerData> decide(ServerData state) throws X;
	}

	public String instanceId() {
		return read(state -> state.instanceId);
	}

	/**
	 * Gives the administrator {@code admin} every role and {@code password}, creating the account if it
	 * was deleted. Only for the process that owns the data folder (the product's embedded server).
	 */
	public void resetAdministrator(char[] password) {
		Passwords.policyViolation(java.nio.CharBuffer.wrap(password)).ifPresent(problem -> {
			throw new IllegalArgumentException("The administrator password is too weak: " + problem);
		});
		change(state -> new Events.UserSaved(ADMIN, Passwords.hash(password), Role.all(), clock.instant()));
	}

	/** The current value of a setting: its override, else its default. */
	public String setting(String name) {
		SettingDefinition definition = SettingsCatalog.get(name)
				.orElseThrow(() -> new IllegalArgumentException("Unknown setting " + name));
		return view.settings().getOrDefault(name, definition.defaultValue());
	}

	/** The client public key uploaded for REST licensing (base64 of its DER), or null. */
	public String clientKey() {
		return view.clientKey();
	}

	/** The value of a setting in {@code state}; call under the lock. */
	public static String setting(ServerData state, String name) {
		SettingDefinition definition = SettingsCatalog.get(name)
				.orElseThrow(() -> new IllegalArgumentException("Unknown setting " + name));
		return state.settings.getOrDefault(name, definition.defaultValue());
	}

	/** A time setting in {@code state}; call under the lock. */
	public static Duration duration(ServerData state, String name) {
		return Durations.parse(setting(state, name)).orElseThrow(() -> new IllegalStateException(name + " holds no time value"));
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(setting(name).trim());
	}

	/** A whole-number setting. */
	public int integer(String name) {
		return Integer.parseInt(setting(name).trim());
	}

	public Duration duration(String name) {
		return Durations.parse(setting(name)).orElseThrow(() -> new IllegalStateException(name + " holds no time value"));
	}

	/**
	 * A token for {@code user} if {@code password} is theirs. The password is checked on the hashing pool
	 * (which may refuse with {@link HashingPool.BusyException}); a hash made with fewer iterations than
	 * today's is made again and kept.
	 */
	public Optional<Login> login(String user, char[] password) {
		UserAccount account = read(state -> state.users.get(user));
		boolean matches = hashing.matches(password, account == null ? DUMMY_HASH : account.passwordHash());
		if (account == null || !matches) {
			return Optional.empty();
		}
		if (Passwords.isWeak(account.passwordHash())) {
			rehash(user, account.passwordHash(), password);
		}
		Instant now = clock.instant();
		// after the clock went back past a password change, a token of "now" would be revoked already
		Instant issued = account.validAfter() != null && account.validAfter().isAfter(now) ? account.validAfter() : now;
		Instant expires = issued.plus(tokenDuration());
		return Optional.of(new Login(jwt.issue(user, account.roles(), issued, expires), expires));
	}

	private void rehash(String user, String old, char[] password) {
		String stronger = hashing.hash(password);
		try {
			change(state -> {
				UserAccount now = state.users.get(user);
				return now != null && now.passwordHash().equals(old) ? new Events.PasswordRehashed(user, stronger) : null;
			});
		} catch (StoreException e) {
			LOG.warning("The password of " + user + " could not be hashed again with today's cost: " + e.getMessage());
		}
	}

	/** {@code security.token.duration}, within one minute and 30 days. */
	private Duration tokenDuration() {
		Duration duration = duration("security.token.duration");
		return duration.compareTo(SHORTEST_TOKEN) < 0 ? SHORTEST_TOKEN : duration.compareTo(LONGEST_TOKEN) > 0 ? LONGEST_TOKEN : duration;
	}

	/** The hash to store for a new password, made on the hashing pool. */
	public String hashPassword(char[] password) {
		return hashing.hash(password);
	}

	/** A new token and when it expires. */
	public record Login(String token, Instant expires) {
	}

	/**
	 * Who holds {@code token}: its roles are those of the account now (a user deleted or demoted since the
	 * token was issued loses them at once).
	 */
	public Optional<Principal> verify(String token) {
		return jwt.verify(token, clock.instant()).flatMap(claims -> read(state -> Optional.ofNullable(state.users.get(claims.user()))
				.filter(account -> account.validAfter() == null
						|| claims.issuedAt().getEpochSecond() >= account.validAfter().getEpochSecond())
				.map(account -> new Principal(account.name(), account.roles(), claims.xsrfToken()))));
	}

	/** Writes a snapshot (if anything changed) and lets the data folder go. */
	@Override
	public void close() {
		hashing.close();
		synchronized (lock) {
			store.close();
		}
	}

	/** Lets the data folder go without writing anything: for a server that failed to start. */
	public void abandon() {
		hashing.close();
		synchronized (lock) {
			store.abandon();
		}
	}
}

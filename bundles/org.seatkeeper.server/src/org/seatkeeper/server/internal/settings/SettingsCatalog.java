package org.seatkeeper.server.internal.settings;

import static org.seatkeeper.server.internal.settings.SettingGroup.CAPABILITY_POLLING;
import static org.seatkeeper.server.internal.settings.SettingGroup.FAILOVER_SYNC;
import static org.seatkeeper.server.internal.settings.SettingGroup.GENERAL;
import static org.seatkeeper.server.internal.settings.SettingGroup.LICENSE_GENERATION;
import static org.seatkeeper.server.internal.settings.SettingGroup.LOCAL_SERVER;
import static org.seatkeeper.server.internal.settings.SettingGroup.LOGGING;
import static org.seatkeeper.server.internal.settings.SettingGroup.SECURITY;
import static org.seatkeeper.server.internal.settings.SettingGroup.SERVER_SYNC;
import static org.seatkeeper.model.policy.SettingType.ADDRESS_LIST;
import static org.seatkeeper.model.policy.SettingType.BOOLEAN;
import static org.seatkeeper.model.policy.SettingType.DURATION;
import static org.seatkeeper.model.policy.SettingType.GRANULARITY;
import static org.seatkeeper.model.policy.SettingType.INTEGER;
import static org.seatkeeper.model.policy.SettingType.LOG_LEVEL;
import static org.seatkeeper.model.policy.SettingType.PERCENT;
import static org.seatkeeper.model.policy.SettingType.TEXT;
import static org.seatkeeper.model.policy.SettingType.URI;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.seatkeeper.model.policy.SettingType;

/**
 * Every policy setting the server knows, in the eight Properties groups. Names the reference documents
 * are used as they are; names it could not find are Seatkeeper's own (listed in API.md).
 */
public final class SettingsCatalog {

	private static final Map<String, SettingDefinition> SETTINGS = new LinkedHashMap<>();

	static {
		// General
		add("server.instanceId", GENERAL, TEXT, "", false, "Identifies this server instance in the REST API", true);
		add("server.uuid", GENERAL, TEXT, "", false, "Unique identifier of this server's installation", true);
		add("server.tenantId", GENERAL, TEXT, "", false, "Tenant of the back office this server belongs to", false);
		add("server.enterpriseId", GENERAL, TEXT, "", false, "Enterprise of the back office this server belongs to", false);
		add("server.siteId", GENERAL, TEXT, "", false, "Site of the back office this server belongs to", false);
		add("server.trustedStorageDir", GENERAL, TEXT, "${base.dir}", false, "Folder of the server's trusted storage", true);
		add("server.hostType.order", GENERAL, TEXT, "ETHERNET,VM_UUID", true,
				"Order in which hostid types are tried for the server's own hostid; ignored once a hostid is selected", true);
		add("licensing.enableBuiltinHostId", GENERAL, BOOLEAN, "true", true,
				"Whether the server may use its built-in hostids; ignored once a hostid is selected", false);
		add("database.backup-enabled", GENERAL, BOOLEAN, "false", true, "Keep a backup copy of the trusted storage", false);
		// Secure REST API
		add("security.enabled", SECURITY, BOOLEAN, "true", false, "Security is applied to the REST endpoints", true);
		add("security.token.duration", SECURITY, DURATION, "1d", true, "Access tokens expire after this interval", true);
		add("security.http.auth.enabled", SECURITY, BOOLEAN, "true", true,
				"Allow plain HTTP for the secured REST endpoints", true);
		add("security.ip.whitelist", SECURITY, ADDRESS_LIST, "", true, "IP addresses that need no REST security", true);
		add("security.jwt.cookies", SECURITY, BOOLEAN, "false", true,
				"Accept the access token from an HTTP-only secure cookie", true);
		add("security.anonymous", SECURITY, BOOLEAN, "false", true, "Allow anonymous read (GET) access", true);
		// Seatkeeper's own (API.md): how much the open licensing routes and logins take
		add("security.licensing.requestsPerSecond", SECURITY, INTEGER, "100", true,
				"Capability requests one address may send per second (0: no limit)", true);
		add("security.licensing.maxConcurrentRequests", SECURITY, INTEGER, "256", true,
				"Capability requests served at once (0: no limit)", true);
		add("security.ip.whitelist.admin", SECURITY, BOOLEAN, "false", true,
				"Whether addresses on the whitelist get the ADMIN role (else every role but it)", true);
		// Server Sync (to the back office)
		add("lfs.syncTo.enabled", SERVER_SYNC, BOOLEAN, "false", false, "Synchronize usage to the back office", false);
		add("lfs.syncTo.pagesize", SERVER_SYNC, INTEGER, "1000", true, "Client records per synchronization message", false);
		add("lfs.syncTo.interval", SERVER_SYNC, DURATION, "12h", true, "Time between synchronizations to the back office", false);
		add("lfs.syncTo.retryCount", SERVER_SYNC, INTEGER, "3", true, "Retries after a failed synchronization", false);
		add("lfs.syncTo.retryInterval", SERVER_SYNC, DURATION, "5m", true, "Time between retries of a synchronization", false);
		add("lfs.syncTo.delay", SERVER_SYNC, DURATION, "0", true, "Delay before the first synchronization after start", false);
		add("usageService.sync.enabled", SERVER_SYNC, BOOLEAN, "false", false, "Synchronize metered usage to the back office",
				false);
		add("usageService.sync.url", SERVER_SYNC, URI, "", false, "Where metered usage is synchronized to", false);
		// License Generation
		add("licensing.responseLifetime", LICENSE_GENERATION, DURATION, "1d", false, "How long a capability response is valid",
				true);
		add("licensing.borrowInterval", LICENSE_GENERATION, DURATION, "1w", false,
				"How long a device may keep its licenses without renewing them", true);
		add("licensing.borrowIntervalMax", LICENSE_GENERATION, DURATION, "1w", true,
				"Upper bound of the borrow interval; it can only shorten it", true);
		add("licensing.renewInterval", LICENSE_GENERATION, PERCENT, "15", true,
				"When devices should renew, as a percentage of the borrow interval", true);
		add("licensing.defaultBorrowGranularity", LICENSE_GENERATION, GRANULARITY, "SECOND", true,
				"Unit to which borrow expiry times are rounded: DAY, HOUR, MINUTE or SECOND", true);
		add("licensing.allowVirtualClients", LICENSE_GENERATION, BOOLEAN, "true", true, "Serve devices that run in virtual machines",
				true);
		add("licensing.allowVirtualServer", LICENSE_GENERATION, BOOLEAN, "true", true, "Allow the server to run in a virtual machine",
				false);
		add("licensing.clientExpiryTimer", LICENSE_GENERATION, DURATION, "60s", true,
				"How often expired borrows are looked for and their counts freed", true);
		add("licensing.allowDuplicateClients", LICENSE_GENERATION, BOOLEAN, "false", false,
				"Serve several devices with the same hostid (reservations need false)", true);
		add("licensing.trackDeniedRequests", LICENSE_GENERATION, BOOLEAN, "false", true, "Keep a record of denied requests", false);
		// Seatkeeper's own (API.md)
		add("licensing.clientRetention", LICENSE_GENERATION, DURATION, "30d", true,
				"How long records of returned, expired and dropped devices are kept", true);
		add("licensing.offlineRequestMaxAge", LICENSE_GENERATION, DURATION, "30d", true,
				"Offline capability responses to requests older than this are refused", true);
		// Server-to-Server Sync (failover)
		add("fne.syncTo.enabled", FAILOVER_SYNC, BOOLEAN, "false", true, "Synchronize with a failover server", false);
		add("fne.syncTo.mainUri", FAILOVER_SYNC, URI, "", true, "URI of the main server", false);
		add("fne.syncTo.backupUri", FAILOVER_SYNC, URI, "", true, "URI of the backup server", false);
		add("fne.syncTo.pagesize", FAILOVER_SYNC, INTEGER, "1000", true, "Client records per synchronization message", false);
		add("fne.syncTo.retryCount", FAILOVER_SYNC, INTEGER, "3", true, "Retries after a failed synchronization", false);
		add("fne.syncTo.retryRepeatInterval", FAILOVER_SYNC, DURATION, "1m", true, "Time between retries", false);
		add("fne.failover.maintenanceInterval", FAILOVER_SYNC, DURATION, "5m", false,
				"How long a backup server serves alone before it stops", false);
		// Capability Polling
		add("lfs.capability.enabled", CAPABILITY_POLLING, BOOLEAN, "false", true, "Poll the back office for license updates",
				false);
		add("lfs.capability.repeats", CAPABILITY_POLLING, DURATION, "2d", true, "Time between polls of the back office", false);
		add("lfs.capability.retryCount", CAPABILITY_POLLING, INTEGER, "1", true, "Retries after a failed poll", false);
		add("lfs.capability.retryInterval", CAPABILITY_POLLING, DURATION, "10m", true, "Time between retries of a poll", false);
		// Locally Deployed License Server
		add("server.port", LOCAL_SERVER, INTEGER, "7070", false, "HTTP port (set when the server is started)", true);
		add("https-in.enabled", LOCAL_SERVER, BOOLEAN, "false", false, "Serve HTTPS (set when the server is started)", true);
		add("https-in.keystore-path", LOCAL_SERVER, TEXT, "", false, "Keystore of the HTTPS certificate", true);
		// Logging
		add("logging.threshold", LOGGING, LOG_LEVEL, "info", true, "Lowest level of the messages written to the log", true);
		add("logging.graylog.host", LOGGING, TEXT, "", true, "Graylog host that receives log messages", false);
		add("logging.graylog.threshold", LOGGING, LOG_LEVEL, "warn", true, "Lowest level of the messages sent to Graylog", false);
		add("server.log4jConfiguration", LOGGING, TEXT, "", false, "Logging configuration file", false);
		add("server.accessLogPattern", LOGGING, TEXT, "", false, "Pattern of the access log's lines", false);
	}

	private SettingsCatalog() {
	}

	private static void add(String name, SettingGroup group, SettingType type, String defaultValue, boolean editable,
			String description, boolean effective) {
		SETTINGS.put(name, new SettingDefinition(name, group, type, defaultValue, editable, description, effective));
	}

	/** All settings in group order. */
	public static List<SettingDefinition> all() {
		return List.copyOf(SETTINGS.values());
	}

	public static Optional<SettingDefinition> get(String name) {
		return Optional.ofNullable(SETTINGS.get(name));
	}
}

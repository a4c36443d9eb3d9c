package org.seatkeeper.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;

/**
 * The exact bytes of the licensing answers clients read: keys, their order, which keys are left out and which
 * are written as {@code null}. A change here breaks a client that reads the text as it comes (the reference's
 * §1.4.10), so it must be made on purpose. The server's own hostid, which depends on the machine, is written as
 * {@code "serverHostid":SERVER}.
 */
class WireFormatTest extends EmbeddedServerTest {

	private static final String MODEL = """
			model "wire" {
			  partitions {
			    partition "eng" { "cad" 2.0 4 }
			  }
			  on hostname("~/e.*/") { use "eng" accept }
			}
			""";

	/** The answers of one busy server, by what was asked. */
	private Map<String, String> answers() {
		Map<String, String> answers = new LinkedHashMap<>();
		server.server.licensing().addFeatures(List.of(
				new FeatureRecord(0, "cad", "2.0", 10, LocalDate.parse("2027-03-01"), LocalDate.parse("2026-01-01"), "tier=gold",
						"acme", 2, false, "ACT-1", "Acme Inc.", "Licensed to Wire Test", "SN-1", Instant.parse("2026-11-20T08:30:00.123456Z")),
				new FeatureRecord(0, "viewer", "1.0", 0, null, null, null, "acme", 0, true, null, null, null, null, null)));
		answers.put("group", server.post("reservationgroups", admin, """
				{"name":"lab","reservations":[{"hostId":{"value":"r-1","type":"STRING"},\
				"reservationEntries":[{"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}""").body());
		answers.put("granted e-1", server.post("access_request", null, """
				{"hostId":{"type":"STRING","value":"e-1"},"hostName":"eng-01","user":"ana","correlationId":"c-9",\
				"vendorDictionary":{"site":"north"},"partial":true,"features":[{"name":"cad","version":"2.0","count":9},\
				{"name":"viewer","version":"1.0","count":1},{"name":"missing","version":"1.0","count":1}]}""").body());
		answers.put("granted r-1", server.post("access_request", null, """
				{"hostId":{"type":"STRING","value":"r-1"},"features":[{"name":"cad","version":"2.0","count":2}]}""").body());
		for (String resource : List.of("features", "features/1", "features/summaries", "features/1/clients", "clients", "clients/1",
				"overages", "reservationgroups", "reservationgroups/1", "reservationgroups/1/reservations")) {
			answers.put(resource, server.get(resource, admin).body());
		}
		server.send("DELETE", "reservationgroups/1", admin, null, null);
		answers.put("model", upload());
		answers.put("partitions", server.get("partitions", admin).body());
		String serverHostId = server.get("hostids/selected", admin).object().get("value").getAsString();
		answers.replaceAll((asked, body) -> body.replaceAll("\"serverHostid\":\\{\"hostidType\":\"[A-Z_]+\",\"hostidValue\":\""
				+ java.util.regex.Pattern.quote(serverHostId) + "\"}", "\"serverHostid\":SERVER"));
		return answers;
	}

	private String upload() {
		ServerFixture.Answer uploaded = server.send("POST", "model", admin, "text/plain", MODEL);
		return uploaded.body().replaceAll("\"applied\":\"[^\"]*\"", "\"applied\":\"APPLIED\"");
	}

	@Test
	void theLicensingAnswersKeepTheirBytes() {
		Map<String, String> answers = answers();
		StringBuilder actual = new StringBuilder();
		answers.forEach((asked, body) -> actual.append(asked).append('\n').append(body).append("\n\n"));
		assertEquals(EXPECTED, actual.toString());
	}

	/**
	 * The administration's answers. What depends on the machine and the build is written as a name: the
	 * instance's id as {@code INSTANCE}, the build's fields as {@code BUILD}, the machine's hostids as {@code HOSTID}.
	 */
	@Test
	void theAdministrationAnswersKeepTheirBytes() throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("users POST", server.post("users", admin, "{\"name\":\"ops\",\"password\":\"Op3rat0r-Passw0rd!\",\"roles\":[\"ROLE_RESERVATIONS\"]}")
				.body());
		answers.put("users/ops PUT", server.send("PUT", "users/ops", admin, "application/json", "{\"roles\":\"ROLE_DROPCLIENT\"}").body());
		java.security.KeyPairGenerator keys = java.security.KeyPairGenerator.getInstance("RSA");
		keys.initialize(2048, new java.security.SecureRandom(new byte[] { 7 }));
		byte[] publicKey = keys.generateKeyPair().getPublic().getEncoded();
		answers.put("rest_licensing_keys POST", server.send("POST", "rest_licensing_keys", admin, "application/octet-stream", publicKey)
				.body().replace(java.util.Base64.getEncoder().encodeToString(publicKey), "KEY"));
		answers.put("configuration POST", server.post("configuration", admin, "{\"licensing.borrowIntervalMax\":\"3d\"}").body());
		for (String resource : List.of("", "health", "version", "hostids", "hostids/selected", "users", "users/ops",
				"rest_licensing_keys")) {
			answers.put(resource, server.get(resource, admin).body().replace(java.util.Base64.getEncoder().encodeToString(publicKey), "KEY"));
		}
		String instance = server.server.instanceId();
		List<String> machine = new java.util.ArrayList<>();
		server.get("hostids", admin).object().getAsJsonArray("hostids")
				.forEach(id -> machine.add(id.getAsJsonObject().get("value").getAsString()));
		StringBuilder actual = new StringBuilder();
		answers.forEach((asked, body) -> {
			String named = body.replace(instance, "INSTANCE")
					.replaceAll("\"(version|buildDate|buildVersion|branch|gitHash|patch)\":\"[^\"]*\"", "\"$1\":\"BUILD\"");
			for (String id : machine) {
				named = named.replace("\"" + id + "\"", "\"HOSTID\"");
			}
			named = named.replaceAll("\\{\"hostidType\":\"\\w+\",\"hostidValue\":\"HOSTID\",\"type\":\"\\w+\",\"value\":\"HOSTID\"}",
					"{\"hostidType\":\"TYPE\",\"hostidValue\":\"HOSTID\",\"type\":\"TYPE\",\"value\":\"HOSTID\"}")
					.replaceAll("\"hostids\":\\[(\\{[^}]*},?)+]", "\"hostids\":[HOSTIDS]");
			actual.append(asked).append('\n').append(named).append("\n\n");
		});
		assertEquals(EXPECTED_ADMINISTRATION, actual.toString());
	}

	private static final String EXPECTED_ADMINISTRATION = """
			users POST
			{"name":"ops","roles":["ROLE_READ","ROLE_RESERVATIONS"]}

			users/ops PUT
			{"name":"ops","roles":["ROLE_DROPCLIENT","ROLE_READ"]}

			rest_licensing_keys POST
			{"publicKey":"KEY"}

			configuration POST
			[{"name":"server.instanceId","value":"INSTANCE","defaultValue":"","description":"Identifies this server instance in the REST API","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":false,"effective":true},{"name":"server.uuid","value":"HOSTID","defaultValue":"","description":"Unique identifier of this server's installation","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":false,"effective":true},{"name":"server.tenantId","value":"","defaultValue":"","description":"Tenant of the back office this server belongs to","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":false,"effective":false},{"name":"server.enterpriseId","value":"","defaultValue":"","description":"Enterprise of the back office this server belongs to","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":false,"effective":false},{"name":"server.siteId","value":"","defaultValue":"","description":"Site of the back office this server belongs to","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":false,"effective":false},{"name":"server.trustedStorageDir","value":"${base.dir}","defaultValue":"${base.dir}","description":"Folder of the server's trusted storage","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":false,"effective":true},{"name":"server.hostType.order","value":"ETHERNET,VM_UUID","defaultValue":"ETHERNET,VM_UUID","description":"Order in which hostid types are tried for the server's own hostid; ignored once a hostid is selected","group":"GENERAL","groupLabel":"General","type":"TEXT","editable":true,"effective":true},{"name":"licensing.enableBuiltinHostId","value":"true","defaultValue":"true","description":"Whether the server may use its built-in hostids; ignored once a hostid is selected","group":"GENERAL","groupLabel":"General","type":"BOOLEAN","editable":true,"effective":false},{"name":"database.backup-enabled","value":"false","defaultValue":"false","description":"Keep a backup copy of the trusted storage","group":"GENERAL","groupLabel":"General","type":"BOOLEAN","editable":true,"effective":false},{"name":"security.enabled","value":"true","defaultValue":"true","description":"Security is applied to the REST endpoints","group":"SECURITY","groupLabel":"Secure REST API","type":"BOOLEAN","editable":false,"effective":true},{"name":"security.token.duration","value":"1d","defaultValue":"1d","description":"Access tokens expire after this interval","group":"SECURITY","groupLabel":"Secure REST API","type":"DURATION","editable":true,"effective":true},{"name":"security.http.auth.enabled","value":"true","defaultValue":"true","description":"Allow plain HTTP for the secured REST endpoints","group":"SECURITY","groupLabel":"Secure REST API","type":"BOOLEAN","editable":true,"effective":true},{"name":"security.ip.whitelist","value":"","defaultValue":"","description":"IP addresses that need no REST security","group":"SECURITY","groupLabel":"Secure REST API","type":"ADDRESS_LIST","editable":true,"effective":true},{"name":"security.jwt.cookies","value":"false","defaultValue":"false","description":"Accept the access token from an HTTP-only secure cookie","group":"SECURITY","groupLabel":"Secure REST API","type":"BOOLEAN","editable":true,"effective":true},{"name":"security.anonymous","value":"false","defaultValue":"false","description":"Allow anonymous read (GET) access","group":"SECURITY","groupLabel":"Secure REST API","type":"BOOLEAN","editable":true,"effective":true},{"name":"security.licensing.requestsPerSecond","value":"100","defaultValue":"100","description":"Capability requests one address may send per second (0: no limit)","group":"SECURITY","groupLabel":"Secure REST API","type":"INTEGER","editable":true,"effective":true},{"name":"security.licensing.maxConcurrentRequests","value":"256","defaultValue":"256","description":"Capability requests served at once (0: no limit)","group":"SECURITY","groupLabel":"Secure REST API","type":"INTEGER","editable":true,"effective":true},{"name":"security.ip.whitelist.admin","value":"false","defaultValue":"false","description":"Whether addresses on the whitelist get the ADMIN role (else every role but it)","group":"SECURITY","groupLabel":"Secure REST API","type":"BOOLEAN","editable":true,"effective":true},{"name":"lfs.syncTo.enabled","value":"false","defaultValue":"false","description":"Synchronize usage to the back office","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"BOOLEAN","editable":false,"effective":false},{"name":"lfs.syncTo.pagesize","value":"1000","defaultValue":"1000","description":"Client records per synchronization message","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"INTEGER","editable":true,"effective":false},{"name":"lfs.syncTo.interval","value":"12h","defaultValue":"12h","description":"Time between synchronizations to the back office","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"DURATION","editable":true,"effective":false},{"name":"lfs.syncTo.retryCount","value":"3","defaultValue":"3","description":"Retries after a failed synchronization","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"INTEGER","editable":true,"effective":false},{"name":"lfs.syncTo.retryInterval","value":"5m","defaultValue":"5m","description":"Time between retries of a synchronization","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"DURATION","editable":true,"effective":false},{"name":"lfs.syncTo.delay","value":"0","defaultValue":"0","description":"Delay before the first synchronization after start","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"DURATION","editable":true,"effective":false},{"name":"usageService.sync.enabled","value":"false","defaultValue":"false","description":"Synchronize metered usage to the back office","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"BOOLEAN","editable":false,"effective":false},{"name":"usageService.sync.url","value":"","defaultValue":"","description":"Where metered usage is synchronized to","group":"SERVER_SYNC","groupLabel":"Server Sync","type":"URI","editable":false,"effective":false},{"name":"licensing.responseLifetime","value":"1d","defaultValue":"1d","description":"How long a capability response is valid","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"DURATION","editable":false,"effective":true},{"name":"licensing.borrowInterval","value":"1w","defaultValue":"1w","description":"How long a device may keep its licenses without renewing them","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"DURATION","editable":false,"effective":true},{"name":"licensing.borrowIntervalMax","value":"3d","defaultValue":"1w","description":"Upper bound of the borrow interval; it can only shorten it","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"DURATION","editable":true,"effective":true},{"name":"licensing.renewInterval","value":"15","defaultValue":"15","description":"When devices should renew, as a percentage of the borrow interval","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"PERCENT","editable":true,"effective":true},{"name":"licensing.defaultBorrowGranularity","value":"SECOND","defaultValue":"SECOND","description":"Unit to which borrow expiry times are rounded: DAY, HOUR, MINUTE or SECOND","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"GRANULARITY","editable":true,"effective":true},{"name":"licensing.allowVirtualClients","value":"true","defaultValue":"true","description":"Serve devices that run in virtual machines","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"BOOLEAN","editable":true,"effective":true},{"name":"licensing.allowVirtualServer","value":"true","defaultValue":"true","description":"Allow the server to run in a virtual machine","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"BOOLEAN","editable":true,"effective":false},{"name":"licensing.clientExpiryTimer","value":"60s","defaultValue":"60s","description":"How often expired borrows are looked for and their counts freed","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"DURATION","editable":true,"effective":true},{"name":"licensing.allowDuplicateClients","value":"false","defaultValue":"false","description":"Serve several devices with the same hostid (reservations need false)","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"BOOLEAN","editable":false,"effective":true},{"name":"licensing.trackDeniedRequests","value":"false","defaultValue":"false","description":"Keep a record of denied requests","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"BOOLEAN","editable":true,"effective":false},{"name":"licensing.clientRetention","value":"30d","defaultValue":"30d","description":"How long records of returned, expired and dropped devices are kept","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"DURATION","editable":true,"effective":true},{"name":"licensing.offlineRequestMaxAge","value":"30d","defaultValue":"30d","description":"Offline capability responses to requests older than this are refused","group":"LICENSE_GENERATION","groupLabel":"License Generation","type":"DURATION","editable":true,"effective":true},{"name":"fne.syncTo.enabled","value":"false","defaultValue":"false","description":"Synchronize with a failover server","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"BOOLEAN","editable":true,"effective":false},{"name":"fne.syncTo.mainUri","value":"","defaultValue":"","description":"URI of the main server","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"URI","editable":true,"effective":false},{"name":"fne.syncTo.backupUri","value":"","defaultValue":"","description":"URI of the backup server","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"URI","editable":true,"effective":false},{"name":"fne.syncTo.pagesize","value":"1000","defaultValue":"1000","description":"Client records per synchronization message","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"INTEGER","editable":true,"effective":false},{"name":"fne.syncTo.retryCount","value":"3","defaultValue":"3","description":"Retries after a failed synchronization","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"INTEGER","editable":true,"effective":false},{"name":"fne.syncTo.retryRepeatInterval","value":"1m","defaultValue":"1m","description":"Time between retries","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"DURATION","editable":true,"effective":false},{"name":"fne.failover.maintenanceInterval","value":"5m","defaultValue":"5m","description":"How long a backup server serves alone before it stops","group":"FAILOVER_SYNC","groupLabel":"Server-to-Server Sync","type":"DURATION","editable":false,"effective":false},{"name":"lfs.capability.enabled","value":"false","defaultValue":"false","description":"Poll the back office for license updates","group":"CAPABILITY_POLLING","groupLabel":"Capability Polling","type":"BOOLEAN","editable":true,"effective":false},{"name":"lfs.capability.repeats","value":"2d","defaultValue":"2d","description":"Time between polls of the back office","group":"CAPABILITY_POLLING","groupLabel":"Capability Polling","type":"DURATION","editable":true,"effective":false},{"name":"lfs.capability.retryCount","value":"1","defaultValue":"1","description":"Retries after a failed poll","group":"CAPABILITY_POLLING","groupLabel":"Capability Polling","type":"INTEGER","editable":true,"effective":false},{"name":"lfs.capability.retryInterval","value":"10m","defaultValue":"10m","description":"Time between retries of a poll","group":"CAPABILITY_POLLING","groupLabel":"Capability Polling","type":"DURATION","editable":true,"effective":false},{"name":"server.port","value":"7070","defaultValue":"7070","description":"HTTP port (set when the server is started)","group":"LOCAL_SERVER","groupLabel":"Locally Deployed License Server","type":"INTEGER","editable":false,"effective":true},{"name":"https-in.enabled","value":"false","defaultValue":"false","description":"Serve HTTPS (set when the server is started)","group":"LOCAL_SERVER","groupLabel":"Locally Deployed License Server","type":"BOOLEAN","editable":false,"effective":true},{"name":"https-in.keystore-path","value":"","defaultValue":"","description":"Keystore of the HTTPS certificate","group":"LOCAL_SERVER","groupLabel":"Locally Deployed License Server","type":"TEXT","editable":false,"effective":true},{"name":"logging.threshold","value":"info","defaultValue":"info","description":"Lowest level of the messages written to the log","group":"LOGGING","groupLabel":"Logging","type":"LOG_LEVEL","editable":true,"effective":true},{"name":"logging.graylog.host","value":"","defaultValue":"","description":"Graylog host that receives log messages","group":"LOGGING","groupLabel":"Logging","type":"TEXT","editable":true,"effective":false},{"name":"logging.graylog.threshold","value":"warn","defaultValue":"warn","description":"Lowest level of the messages sent to Graylog","group":"LOGGING","groupLabel":"Logging","type":"LOG_LEVEL","editable":true,"effective":false},{"name":"server.log4jConfiguration","value":"","defaultValue":"","description":"Logging configuration file","group":"LOGGING","groupLabel":"Logging","type":"TEXT","editable":false,"effective":false},{"name":"server.accessLogPattern","value":"","defaultValue":"","description":"Pattern of the access log's lines","group":"LOGGING","groupLabel":"Logging","type":"TEXT","editable":false,"effective":false}]


			{"id":"INSTANCE","hostid":{"hostidType":"TYPE","hostidValue":"HOSTID","type":"TYPE","value":"HOSTID"},"version":"BUILD"}

			health
			{"LLS":{"version":"BUILD","buildDate":"BUILD","buildVersion":"BUILD","branch":"BUILD","gitHash":"BUILD","patch":"BUILD","fneBuildVersion":"","serverInstanceID":"INSTANCE","database":{"connectionCheck":"success"},"security":"enabled","httpAuth":"enabled","licensingSecurityJSON":"enabled","diskspace":"ok","product":"Seatkeeper embedded license server","https":"disabled","storage":"read-write"}}

			version
			{"version":"BUILD","buildDate":"BUILD","buildVersion":"BUILD","product":"Seatkeeper embedded license server"}

			hostids
			{"selected":{"hostidType":"TYPE","hostidValue":"HOSTID","type":"TYPE","value":"HOSTID"},"hostids":[HOSTIDS]}

			hostids/selected
			{"hostidType":"TYPE","hostidValue":"HOSTID","type":"TYPE","value":"HOSTID"}

			users
			[{"name":"admin","roles":["ROLE_ADMIN","ROLE_DROPCLIENT","ROLE_OFFLINE","ROLE_READ","ROLE_RESERVATIONS"]},{"name":"ops","roles":["ROLE_DROPCLIENT","ROLE_READ"]}]

			users/ops
			{"name":"ops","roles":["ROLE_DROPCLIENT","ROLE_READ"]}

			rest_licensing_keys
			{"publicKey":"KEY"}

			""";

	private static final String EXPECTED = """
			group
			{"id":1,"name":"lab","reservations":[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}

			granted e-1
			{"status":"PARTIAL","clientId":1,"hostId":{"type":"STRING","value":"e-1"},"expiry":"2026-11-30T10:00:00Z","borrowInterval":604800,"renewInterval":90720,"pools":["default"],"features":[{"name":"cad","version":"2.0","count":9,"reserved":0,"overdraft":1,"expiry":"2027-03-01","featureId":1,"pool":"default","vendorString":"tier=gold"},{"name":"viewer","version":"1.0","count":1,"reserved":0,"overdraft":0,"expiry":"permanent","featureId":2,"pool":"default"}],"unsatisfied":[{"name":"missing","version":"1.0","requested":1,"granted":0}]}

			granted r-1
			{"status":"OK","clientId":2,"hostId":{"type":"STRING","value":"r-1"},"expiry":"2026-11-30T10:00:00Z","borrowInterval":604800,"renewInterval":90720,"pools":["default"],"features":[{"name":"cad","version":"2.0","count":2,"reserved":2,"overdraft":0,"expiry":"2027-03-01","featureId":1,"pool":"default","vendorString":"tier=gold"}],"unsatisfied":[]}

			features
			[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":10,"used":11,"sharedUsed":8,"reserved":2,"assignedReserved":2,"unassignedReserved":0,"overdraftCount":2,"overdraftUsedCount":1,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,"type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold","issuer":"Acme Inc.","notice":"Licensed to Wire Test","serialNumber":"SN-1","receivedTime":"2026-11-20T08:30:00.123Z"},{"id":2,"featureName":"viewer","featureVersion":"1.0","featureCount":0,"used":1,"sharedUsed":1,"reserved":0,"assignedReserved":0,"unassignedReserved":0,"overdraftCount":0,"overdraftUsedCount":0,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":false,"uncounted":true,"type":"UNCOUNTED","featureKind":"FEATURE","vendor":"acme","featureId":"2","expiry":"permanent","startDate":null,"vendorString":null,"issuer":null,"notice":null,"serialNumber":null,"receivedTime":"2026-11-23T10:00:00Z"}]

			features/1
			{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":10,"used":11,"sharedUsed":8,"reserved":2,"assignedReserved":2,"unassignedReserved":0,"overdraftCount":2,"overdraftUsedCount":1,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,"type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold","issuer":"Acme Inc.","notice":"Licensed to Wire Test","serialNumber":"SN-1","receivedTime":"2026-11-20T08:30:00.123Z"}

			features/summaries
			{"cad":{"2.0":{"totalCount":10,"totalUsed":11,"totalOverdraftCount":2,"totalAvailable":0,"firstExpiration":"2027-03-01","lastExpiration":"2027-03-01"}},"viewer":{"1.0":{"totalCount":0,"totalUsed":1,"totalOverdraftCount":0,"totalAvailable":0,"firstExpiration":"permanent","lastExpiration":"permanent"}}}

			features/1/clients
			[{"id":1001,"useCount":9,"usageKind":"CONCURRENT","reservedCount":0,"client":{"id":1,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"e-1","type":"STRING","value":"e-1"},"correlationId":"c-9","collectedHostIds":"USER:ana","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"e-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z"},"overdraftCount":1,"pool":"default"},{"id":2001,"useCount":2,"usageKind":"RESERVATION","reservedCount":2,"client":{"id":2,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"r-1","type":"STRING","value":"r-1"},"correlationId":"","collectedHostIds":"","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"r-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z"},"overdraftCount":0,"pool":"default"}]

			clients
			[{"id":1,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"e-1","type":"STRING","value":"e-1"},"correlationId":"c-9","collectedHostIds":"USER:ana","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"e-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z","hostName":"eng-01","userId":"ana","vendorDictionary":{"site":"north"},"features":[{"featureId":1,"featureName":"cad","featureVersion":"2.0","count":9,"reserved":0,"overdraft":1,"pool":"default","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold"},{"featureId":2,"featureName":"viewer","featureVersion":"1.0","count":1,"reserved":0,"overdraft":0,"pool":"default","expiry":"permanent"}]},{"id":2,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"r-1","type":"STRING","value":"r-1"},"correlationId":"","collectedHostIds":"","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"r-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z","hostName":"","features":[{"featureId":1,"featureName":"cad","featureVersion":"2.0","count":2,"reserved":2,"overdraft":0,"pool":"default","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold"}]}]

			clients/1
			{"id":1,"serverHostid":SERVER,"requestHostid":{"hostidType":"STRING","hostidValue":"e-1","type":"STRING","value":"e-1"},"correlationId":"c-9","collectedHostIds":"USER:ana","hostType":"","updateTime":"2026-11-23T10:00:00Z","machineType":"UNKNOWN","hostid":{"hostidType":"STRING","hostidValue":"e-1"},"trusted":false,"requestOperation":"REQUEST","servedStatus":"NORMAL","expiry":"2026-11-30T10:00:00Z","hostName":"eng-01","userId":"ana","vendorDictionary":{"site":"north"},"features":[{"featureId":1,"featureName":"cad","featureVersion":"2.0","count":9,"reserved":0,"overdraft":1,"pool":"default","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold"},{"featureId":2,"featureName":"viewer","featureVersion":"1.0","count":1,"reserved":0,"overdraft":0,"pool":"default","expiry":"permanent"}]}

			overages
			[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":10,"used":11,"sharedUsed":8,"reserved":2,"assignedReserved":2,"unassignedReserved":0,"overdraftCount":2,"overdraftUsedCount":1,"overage":0,"uncappedOverdraft":false,"metered":false,"meteredReusable":false,"meteredUndoInterval":0,"concurrent":true,"uncounted":false,"type":"CONCURRENT","featureKind":"FEATURE","vendor":"acme","featureId":"ACT-1","expiry":"2027-03-01","startDate":"2026-01-01","vendorString":"tier=gold","issuer":"Acme Inc.","notice":"Licensed to Wire Test","serialNumber":"SN-1","receivedTime":"2026-11-20T08:30:00.123Z"}]

			reservationgroups
			[{"id":1,"name":"lab","reservations":[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}]

			reservationgroups/1
			{"id":1,"name":"lab","reservations":[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]}

			reservationgroups/1/reservations
			[{"id":1,"hostId":{"value":"r-1","type":"STRING"},"reservationEntries":[{"id":1,"featureName":"cad","featureVersion":"2.0","featureCount":2}]}]

			model
			{"default":false,"name":"wire","definition":"model \\"wire\\" {\\n  partitions {\\n    partition \\"eng\\" { \\"cad\\" 2.0 4 }\\n  }\\n  on hostname(\\"~/e.*/\\") { use \\"eng\\" accept }\\n}\\n","applied":"APPLIED"}

			partitions
			{"partitions":[{"id":1,"name":"eng","lastModified":1795428000000,"default":false,"activeFeatureSlices":[{"id":1,"feature":{"id":1,"type":"CONCURRENT","featureName":"cad","featureVersion":"2.0","expiry":"2027-03-01","featureCount":10,"used":9},"slice":2,"used":0,"computedCount":4,"requested":"4","uncounted":false,"status":"DEFICIT"}]},{"id":2,"name":"default","lastModified":1795428000000,"default":true,"activeFeatureSlices":[{"id":1,"feature":{"id":1,"type":"CONCURRENT","featureName":"cad","featureVersion":"2.0","expiry":"2027-03-01","featureCount":10,"used":9},"slice":8,"used":8,"computedCount":8,"requested":"8","uncounted":false,"status":"NORMAL"},{"id":2,"feature":{"id":2,"type":"UNCOUNTED","featureName":"viewer","featureVersion":"1.0","expiry":"permanent","featureCount":0,"used":1},"slice":0,"used":1,"computedCount":0,"requested":"0","uncounted":true,"status":"NORMAL"}]}]}

			""";
}

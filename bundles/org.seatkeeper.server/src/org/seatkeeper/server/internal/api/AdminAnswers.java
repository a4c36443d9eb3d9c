package org.seatkeeper.server.internal.api;

import java.util.List;

import org.seatkeeper.server.internal.api.WireJson.LeftOutWhenNull;
import org.seatkeeper.server.internal.settings.SettingDefinition;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/**
 * The answers of the administration routes as {@link WireJson} writes them, with the keys of the reference
 * where it has them (login §1.4.9, health §1.4.5); {@code WireFormatTest} holds their exact bytes.
 */
final class AdminAnswers {

	private AdminAnswers() {
	}

	/** A login's token and when it expires. */
	record Token(String expires, String token) {
	}

	/** {@code GET health}: the report under {@code LLS}. */
	record Health(@SerializedName("LLS") HealthReport lls) {
	}

	/**
	 * Every key real servers send, in their order, then Seatkeeper's own {@code product}, {@code https},
	 * {@code storage} and, while changes are refused, {@code storageError}.
	 */
	record HealthReport(String version, String buildDate, String buildVersion, String branch, String gitHash, String patch,
			String fneBuildVersion, String serverInstanceID, Database database, String security, String httpAuth,
			String licensingSecurityJSON, String diskspace, String product, String https, String storage,
			@JsonAdapter(value = LeftOutWhenNull.class, nullSafe = false) String storageError) {
	}

	/** Whether the server's storage takes writes. */
	record Database(String connectionCheck) {
	}

	/** {@code GET version}. */
	record Version(String version, String buildDate, String buildVersion, String product) {
	}

	/** {@code GET .../instances/~/}: the instance's id, the hostid it uses and its version. */
	record Instance(String id, LicensingAnswers.BothStylesHostId hostid, String version) {
	}

	/** The hostid the server uses and all the machine has. */
	record HostIds(LicensingAnswers.BothStylesHostId selected, List<LicensingAnswers.BothStylesHostId> hostids) {
	}

	/** A policy setting with its value, as {@code GET configuration} lists it. */
	record Setting(String name, String value, String defaultValue, String description, String group, String groupLabel,
			String type, boolean editable, boolean effective) {
		static Setting of(SettingDefinition setting, String value) {
			return new Setting(setting.name(), value, setting.defaultValue(), setting.description(), setting.group().name(),
					setting.group().label(), setting.type().name(), setting.editable(), setting.effective());
		}
	}

	/** A user account: its name and its roles' authorities. */
	record User(String name, List<String> roles) {
	}

	/** The client key for REST licensing, as base64 of its DER form. */
	record ClientKey(String publicKey) {
	}
}

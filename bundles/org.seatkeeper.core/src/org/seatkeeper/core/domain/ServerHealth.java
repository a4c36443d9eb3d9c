package org.seatkeeper.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a server says of itself, unauthenticated ({@code GET health}, the reference's §1.4.5). What a server
 * leaves out is {@code ""}.
 *
 * @param version           the server's version, e.g. {@code 2021.05.0}
 * @param buildDate         its build date as written
 * @param buildVersion      its build version as written
 * @param branch            the source branch it was built from
 * @param gitHash           the commit it was built from
 * @param patch             its patch level
 * @param fneBuildVersion   the build of the FlexNet Embedded toolkit inside it
 * @param product           the product name (Seatkeeper's server sends one; real servers do not)
 * @param instanceId        the server's instance id
 * @param database          the database check, e.g. {@code success}
 * @param security          whether REST security is enabled, as written ({@code enabled}/{@code disabled})
 * @param httpAuth          whether secured requests are allowed over plain HTTP, as written
 * @param licensingSecurity whether capability requests must be signed with an uploaded client key
 *                          ({@code licensingSecurityJSON}), as written
 * @param diskSpace         the disk space check, e.g. {@code ok}
 * @param details           every value the server sent, flattened with dotted keys ({@code database.connectionCheck})
 */
public record ServerHealth(String version, String buildDate, String buildVersion, String branch, String gitHash,
		String patch, String fneBuildVersion, String product, String instanceId, String database, String security,
		String httpAuth, String licensingSecurity, String diskSpace, Map<String, String> details) {

	public ServerHealth {
		details = Map.copyOf(details);
	}

	/** Whether no check the server reports has failed. */
	public boolean isHealthy() {
		return problems().isEmpty();
	}

	/** What the server's checks say is wrong, in words; empty when nothing is. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!database.isEmpty() && !database.equalsIgnoreCase("success")) {
			problems.add("the database check says '" + database + "'");
		}
		if (!diskSpace.isEmpty() && !diskSpace.equalsIgnoreCase("ok")) {
			problems.add("the disk space check says '" + diskSpace + "'");
		}
		return problems;
	}

	/**
	 * The build as a person reads it: {@code build 2021.05.0.123, built 2021-05-20, branch release, commit 1a2b3c,
	 * patch 2, FlexNet Embedded 2021.05}; what the server leaves out is left out. {@code ""} when it says nothing.
	 */
	public String buildDescription() {
		List<String> parts = new ArrayList<>();
		if (!buildVersion.isEmpty() && !buildVersion.equals(version)) {
			parts.add("build " + buildVersion);
		}
		if (!buildDate.isEmpty()) {
			parts.add("built " + buildDate);
		}
		if (!branch.isEmpty()) {
			parts.add("branch " + branch);
		}
		if (!gitHash.isEmpty()) {
			parts.add("commit " + gitHash);
		}
		if (!patch.isEmpty()) {
			parts.add("patch " + patch);
		}
		if (!fneBuildVersion.isEmpty()) {
			parts.add("FlexNet Embedded " + fneBuildVersion);
		}
		return String.join(", ", parts);
	}
}

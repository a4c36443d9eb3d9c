package org.seatkeeper.core.internal.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.User;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seatkeeper admin users [list|create NAME ROLES|edit NAME [--roles ROLES] [--password]|delete NAME]}:
 * a server's accounts and their roles. New passwords come from {@code SEATKEEPER_NEW_PASSWORD} or are
 * asked twice in the terminal, never from arguments.
 */
@Command(name = "users", description = "The server's users and their roles.")
final class UsersVerb extends AdminVerb implements Callable<Integer> {

	private static final String ROLES = "Roles joined with + or a comma, like READ+RESERVATIONS.";

	@Override
	public Integer call() throws ServerException, UsageException {
		return list();
	}

	@Command(name = "list", description = "The users (the same as users alone).")
	int list() throws ServerException, UsageException {
		List<User> users = client().users(monitor());
		if (json()) {
			printJson(users);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("User", "Roles");
		users.forEach(u -> table.row(u.name(), String.join(", ", u.roles())));
		table.print(out());
		return CommandLines.OK;
	}

	@Command(name = "create", description = "Creates a user; the password comes from $SEATKEEPER_NEW_PASSWORD or is asked on "
			+ "the console.")
	int create(@Parameters(index = "0", paramLabel = "NAME", description = "The user's name.") String name,
			@Parameters(index = "1", paramLabel = "ROLES", description = ROLES) String roles) throws ServerException, UsageException {
		report(client().createUser(name, newPassword(name), roles(roles), monitor()), "Created");
		return CommandLines.OK;
	}

	@Command(name = "edit", description = "Changes a user's roles or password.")
	int edit(@Parameters(paramLabel = "NAME", description = "The user's name.") String name,
			@Option(names = "--roles", paramLabel = "ROLES", description = ROLES) String roles,
			@Option(names = "--password", description = "Set a new password ($SEATKEEPER_NEW_PASSWORD, or asked on the console).")
			boolean password) throws ServerException, UsageException {
		if (roles == null && !password) {
			throw new UsageException("users edit needs --roles ROLES or --password");
		}
		report(client().updateUser(name, password ? newPassword(name) : null, roles == null ? null : roles(roles), monitor()),
				"Changed");
		return CommandLines.OK;
	}

	@Command(name = "delete", description = "Deletes a user.")
	int delete(@Parameters(paramLabel = "NAME", description = "The user's name.") String name)
			throws ServerException, UsageException {
		client().deleteUser(name, monitor());
		if (!json()) {
			out().println("Deleted the user " + name);
		}
		return CommandLines.OK;
	}

	private void report(User user, String done) {
		if (json()) {
			printJson(user);
		} else {
			out().println(done + " the user " + user.name() + " with roles " + String.join(", ", user.roles()));
		}
	}

	private static List<String> roles(String text) throws UsageException {
		List<String> roles = new ArrayList<>();
		for (String part : text.split("[+,]")) {
			if (part.isBlank()) {
				continue;
			}
			Role role = Role.of(part).orElseThrow(() -> new UsageException("'" + part.trim() + "' is not a role; the roles are "
					+ String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList())));
			roles.add(role.authority());
		}
		if (roles.isEmpty()) {
			throw new UsageException("name at least one role");
		}
		return roles;
	}

	private char[] newPassword(String name) throws UsageException {
		String given = admin.env.get("SEATKEEPER_NEW_PASSWORD");
		if (given != null) {
			return given.toCharArray();
		}
		char[] first = admin.prompt == null ? null : admin.prompt.read("New password of " + name + ": ");
		if (first == null) {
			throw new UsageException("no password for " + name + ": set SEATKEEPER_NEW_PASSWORD, or run in a terminal to be asked");
		}
		char[] second = admin.prompt.read("The same again: ");
		if (second == null || !Arrays.equals(first, second)) {
			throw new UsageException("the two passwords differ");
		}
		return first;
	}
}

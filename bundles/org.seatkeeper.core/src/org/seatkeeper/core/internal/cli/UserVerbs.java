package org.seatkeeper.core.internal.cli;

import static org.seatkeeper.core.internal.cli.AdminCommand.noMore;
import static org.seatkeeper.core.internal.cli.AdminCommand.option;
import static org.seatkeeper.core.internal.cli.AdminCommand.withoutOptions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.User;
import org.seatkeeper.core.internal.cli.AdminCommand.PasswordPrompt;
import org.seatkeeper.core.internal.cli.AdminCommand.UsageException;

import com.google.gson.Gson;

/**
 * The {@code users} verb of {@code seatkeeper admin}: a server's accounts and their roles. New passwords
 * come from {@code SEATKEEPER_NEW_PASSWORD} or are asked twice in the terminal, never from arguments.
 */
final class UserVerbs {

	private final PrintStream out;
	private final boolean json;
	private final Gson gson;
	private final Map<String, String> env;
	private final PasswordPrompt prompt;

	UserVerbs(PrintStream out, boolean json, Gson gson, Map<String, String> env, PasswordPrompt prompt) {
		this.out = out;
		this.json = json;
		this.gson = gson;
		this.env = env;
		this.prompt = prompt;
	}

	private void printJson(Object value) {
		out.println(gson.toJson(value));
	}

	/** {@code users [list|create NAME ROLES|edit NAME [--roles ROLES] [--password]|delete NAME]} */
	int users(LicenseServerClient client, List<String> args) throws ServerException, UsageException {
		var monitor = new NullProgressMonitor();
		String action = args.isEmpty() ? "list" : args.get(0);
		switch (action) {
			case "list" -> {
				noMore(args, args.isEmpty() ? 0 : 1);
				List<User> users = client.users(monitor);
				if (json) {
					printJson(users);
					return AdminCommand.OK;
				}
				TextTable table = new TextTable("User", "Roles");
				users.forEach(u -> table.row(u.name(), String.join(", ", u.roles())));
				table.print(out);
				return AdminCommand.OK;
			}
			case "create" -> {
				if (args.size() != 3) {
					throw new UsageException("users create takes a NAME and ROLES (like READ+RESERVATIONS)");
				}
				User created = client.createUser(args.get(1), newPassword(args.get(1)), roles(args.get(2)), monitor);
				report(created, "Created");
				return AdminCommand.OK;
			}
			case "edit" -> {
				if (args.size() < 2) {
					throw new UsageException("users edit takes a NAME");
				}
				String roles = option(args, "--roles");
				boolean password = args.contains("--password");
				noMore(withoutOptions(args, "--roles"), 2);
				if (roles == null && !password) {
					throw new UsageException("users edit needs --roles ROLES or --password");
				}
				User edited = client.updateUser(args.get(1), password ? newPassword(args.get(1)) : null,
						roles == null ? null : roles(roles), monitor);
				report(edited, "Changed");
				return AdminCommand.OK;
			}
			case "delete" -> {
				if (args.size() != 2) {
					throw new UsageException("users delete takes a NAME");
				}
				client.deleteUser(args.get(1), monitor);
				if (!json) {
					out.println("Deleted the user " + args.get(1));
				}
				return AdminCommand.OK;
			}
			default -> throw new UsageException("unknown users action '" + action + "'");
		}
	}

	private void report(User user, String done) {
		if (json) {
			printJson(user);
		} else {
			out.println(done + " the user " + user.name() + " with roles " + String.join(", ", user.roles()));
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
		String given = env.get("SEATKEEPER_NEW_PASSWORD");
		if (given != null) {
			return given.toCharArray();
		}
		char[] first = prompt == null ? null : prompt.read("New password of " + name + ": ");
		if (first == null) {
			throw new UsageException("no password for " + name + ": set SEATKEEPER_NEW_PASSWORD, or run in a terminal to be asked");
		}
		char[] second = prompt.read("The same again: ");
		if (second == null || !Arrays.equals(first, second)) {
			throw new UsageException("the two passwords differ");
		}
		return first;
	}
}

package org.seatkeeper.core.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.files.AtomicFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.ParentCommand;

/**
 * What every verb of {@code seatkeeper admin} shares: the command's options and connection, printing a
 * value as JSON or saying what the server does not offer, and reading and writing the files a verb is
 * given. Subclasses are picocli commands; their own subcommands ({@code features show ID}) are methods.
 */
abstract class AdminVerb {


	@ParentCommand
	AdminCommand admin;

	LicenseServerClient client() throws UsageException {
		return admin.client();
	}

	PrintStream out() {
		return admin.out;
	}

	boolean json() {
		return admin.json;
	}

	static IProgressMonitor monitor() {
		return new NullProgressMonitor();
	}

	void printJson(Object value) {
		out().println(AdminCommand.JSON.toJson(value));
	}

	/** One line per part the server does not offer, each with what it means here (after a table). */
	void missing(OptionalParts parts, Function<ApiPart, String> consequence) {
		for (ApiPart part : parts.missing()) {
			out().println(part.missing(consequence.apply(part)));
		}
	}

	/** The parts the server does not offer, for {@code --json}: {@code [{"part":"version","message":...}]}. */
	static JsonArray missingJson(OptionalParts parts) {
		JsonArray list = new JsonArray();
		for (ApiPart part : parts.missing()) {
			JsonObject o = new JsonObject();
			o.addProperty("part", part.resource());
			o.addProperty("message", part.missing());
			list.add(o);
		}
		return list;
	}

	/** An id the server gave out: a number above 0. */
	static long id(long id, String what) throws UsageException {
		if (id <= 0) {
			throw new UsageException(what + " must be a number above 0, not " + id);
		}
		return id;
	}

	/** A text file's content: UTF-8, as servers take it. */
	static String read(String file) throws UsageException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new UsageException(file + " is not UTF-8 text", e);
		}
	}

	static byte[] readBytes(String file) throws UsageException {
		try {
			return Files.readAllBytes(Path.of(file));
		} catch (NoSuchFileException e) {
			throw new UsageException("there is no file " + file, e);
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes {@code bytes} to {@code file} through a temporary file, so that no partial file is left. */
	static void write(String file, byte[] bytes) throws UsageException {
		try {
			AtomicFiles.write(Path.of(file), bytes);
		} catch (IOException e) {
			throw new UsageException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}

package org.seatkeeper.model.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;

import picocli.CommandLine.Command;

/**
 * {@code seatkeeper model}: checks, formats and previews model-definition files from a shell. Runs on a
 * plain JVM (no OSGi) so that it starts fast. Its subcommands are {@link ValidateCommand},
 * {@link FormatCommand} and {@link PreviewCommand}.
 */
@Command(name = "seatkeeper model", description = "Checks, formats and previews model-definition files.",
		subcommands = { ValidateCommand.class, FormatCommand.class, PreviewCommand.class },
		exitCodeListHeading = "%nExit status:%n", exitCodeList = { "0:all is well",
				"1:a file has errors (or is not formatted, with format --check)", "2:usage error, or a file cannot be read" })
public final class ModelCommand {


	final PrintStream out;
	final PrintStream err;

	public ModelCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(new ModelCommand(System.out, System.err).run(List.of(args)));
	}

	/** Runs the command given by {@code args} and returns its exit status. */
	public int run(List<String> args) {
		return CommandLines.run(this, args, out, err);
	}

	static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/** The text of a UTF-8 file; a file that cannot be read is a usage error that says which and why. */
	static String read(String file) throws UsageException {
		try {
			byte[] bytes = Files.readAllBytes(Path.of(file));
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (NoSuchFileException e) {
			throw new UsageException(file + ": no such file", e);
		} catch (CharacterCodingException e) {
			throw new UsageException(file + ": not UTF-8 text", e);
		} catch (IOException e) {
			throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	/** Replaces {@code file} with {@code text} through a temporary file: all or nothing. */
	static void write(String file, String text) throws UsageException {
		Path path = Path.of(file);
		Path temporary = null;
		try {
			temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".seatkeeper-format", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			deleteQuietly(temporary);
			throw new UsageException(file + ": cannot be written (" + e.getMessage() + "); it is unchanged", e);
		}
	}

	private static void deleteQuietly(Path temporary) {
		if (temporary == null) {
			return;
		}
		try {
			Files.deleteIfExists(temporary);
		} catch (IOException e) {
			// the write failed already; the temporary file is all that is left of it
		}
	}
}

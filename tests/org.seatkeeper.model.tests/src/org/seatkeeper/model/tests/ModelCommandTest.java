package org.seatkeeper.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.model.internal.cli.ModelCommand;

class ModelCommandTest {

	@TempDir
	Path dir;

	private String out;
	private String err;

	private int run(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		int status = new ModelCommand(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(List.of(args));
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return status;
	}

	private String file(String name, String text) throws IOException {
		Path path = dir.resolve(name);
		Files.writeString(path, text);
		return path.toString();
	}

	@Test
	void validatePrintsEveryProblemLikeACompilerAndFailsOnErrors() throws IOException {
		String good = file("good.model", ModelTexts.EXAMPLES.get("simple allow list"));
		String bad = file("bad.model", "model \"m\" {\n  on any() { use \"nope\" accept }\n  on hostname(\"x\") { deny }\n}\n");
		assertEquals(1, run("validate", good, bad));
		assertEquals(bad + ":2:18: error: The pool \"nope\" is not defined; the model defines no pools ('default' always exists)\n"
				+ bad + ":3:3: warning: This rule is never reached: the rule at line 2 matches every request and then accepts\n", out);
		assertEquals("1 error, 1 warning in 2 files\n", err);
		assertEquals(0, run("validate", good));
		assertEquals("", out);
	}

	@Test
	void formatPrintsOrRewritesOrChecks() throws IOException {
		String messy = "model \"m\" { on any() {deny} }";
		String path = file("m.model", messy);
		assertEquals(0, run("format", path));
		assertEquals("model \"m\" {\n  on any() { deny }\n}\n", out);
		assertEquals(messy, Files.readString(Path.of(path)));

		assertEquals(1, run("format", "--check", path));
		assertEquals(path + ": not formatted\n", out);

		assertEquals(0, run("format", "--in-place", path));
		assertEquals("model \"m\" {\n  on any() { deny }\n}\n", Files.readString(Path.of(path)));
		assertEquals(0, run("format", "--check", path));
	}

	@Test
	void formatRefusesATextWithSyntaxErrorsAndKeepsIt() throws IOException {
		String broken = "model \"m\" { on any( { deny } }";
		String path = file("broken.model", broken);
		assertEquals(1, run("format", "--in-place", path));
		assertTrue(err.startsWith(path + ":1:21: error: Expected ')' but found '{'"), err);
		assertEquals(broken, Files.readString(Path.of(path)));
	}

	@Test
	void previewPrintsThePoolsAsATable() throws IOException {
		String model = file("pools.model", ModelTexts.EXAMPLES.get("pools and dictionary rules"));
		String features = file("features.json", """
				[{"id": 1, "featureName": "f1", "featureVersion": "1.0", "featureCount": "8", "expiry": "permanent"},
				 {"id": 2, "featureName": "f2", "featureVersion": "1.0", "featureCount": 3, "expiry": "31-dec-2027",
				  "unknownField": true}]
				""");
		assertEquals(0, run("preview", model, "--features", features, "--date", "2026-11-23"));
		assertEquals("""
				Pool         Feature  Version  Requested  Computed  Obtained  Short  Taken from
				engineering  f1       1.0      5                 5         5         5 of id 1 (1.0, permanent)
				sales        f1       1.0      5                 5         3      2  3 of id 1 (1.0, permanent)
				default      f2       1.0                                  3         3 of id 2 (1.0, expires 2027-12-31)

				* Pool "sales": f1 1.0 asks for 5 (5) but gets 3
				""", out);
	}

	@Test
	void previewFillsARemainderWhereItStands() throws IOException {
		String model = file("remainder.model", """
				model "m" {
				  partitions {
				    partition "p1" { "f1" 1.0 remainder }
				    partition "p2" { "f1" 1.0 3 }
				  }
				}
				""");
		String features = file("features.json", """
				[{"id": 1, "featureName": "f1", "featureVersion": "1.0", "featureCount": 10, "expiry": "permanent"}]
				""");
		assertEquals(0, run("preview", model, "--features", features, "--date", "2026-11-23"));
		assertEquals("""
				Pool  Feature  Version  Requested  Computed  Obtained  Short  Taken from
				p1    f1       1.0      remainder        10        10         10 of id 1 (1.0, permanent)
				p2    f1       1.0      3                 3         0      3  -

				* Pool "p2": f1 1.0 asks for 3 (3) but gets 0
				""", out);
	}

	@Test
	void previewExplainsABadFeaturesFile() throws IOException {
		String model = file("pools.model", ModelTexts.EXAMPLES.get("pools and dictionary rules"));
		String features = file("features.json", "[{\"featureName\": \"f1\", \"featureVersion\": \"1.0\"}]");
		assertEquals(2, run("preview", model, "--features", features));
		assertEquals("seatkeeper model: " + features + ": feature 1: featureCount is missing (see 'seatkeeper model preview --help')\n",
				err);
		file("features.json", "<html>Bad gateway</html>");
		assertEquals(2, run("preview", model, "--features", features));
		assertTrue(err.startsWith("seatkeeper model: " + features + ": not valid JSON"), err);
	}

	@Test
	void usageMistakesAndMissingFilesSaySo() {
		assertEquals(2, run());
		assertTrue(err.startsWith("Usage: seatkeeper model [-h] [COMMAND]"), err);
		assertTrue(err.contains("preview   Shows how the model would distribute"), err);
		assertEquals(2, run("frobnicate"));
		assertEquals("seatkeeper model: unknown command 'frobnicate' (see 'seatkeeper model --help')\n", err);
		assertEquals(2, run("validate", dir.resolve("missing.model").toString()));
		assertEquals("seatkeeper model: " + dir.resolve("missing.model") + ": no such file (see 'seatkeeper model validate --help')\n",
				err);
		assertEquals(2, run("preview", "x.model"));
		assertEquals("seatkeeper model: missing required option: '--features=FEATURES.json' (see 'seatkeeper model preview --help')\n",
				err);
		assertEquals(2, run("preview", "x.model", "--features=f.json", "--date", "23.11.2026"));
		assertTrue(err.startsWith("seatkeeper model: --date wants YYYY-MM-DD, not '23.11.2026'"), err);
		assertEquals(2, run("format", "--check", "--in-place", "x.model"));
		assertTrue(err.startsWith("seatkeeper model: format takes one file, or several with --in-place or --check"), err);
		assertEquals(0, run("help"));
		assertTrue(out.startsWith("Usage: seatkeeper model [-h] [COMMAND]"), out);
		assertEquals(0, run("preview", "--help"));
		assertTrue(out.startsWith("Usage: seatkeeper model preview [-h] --features=FEATURES.json [--date=YYYY-MM-DD] FILE"), out);
	}
}

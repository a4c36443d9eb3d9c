package org.seatkeeper.model.tests;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Model texts for the tests and the benchmark: the examples of the reference, a generator of valid models
 * of any size, and mutations that break them in realistic ways.
 */
public final class ModelTexts {

	/** The documented examples, by where they come from. */
	public static final Map<String, String> EXAMPLES = Map.of("pools and dictionary rules", """
			model "example" {
			  partitions {
			    partition "engineering" { "f1" 1.0 5 }
			    partition "sales"       { "f1" 1.0 5 }
			  }
			  on dictionary("business-unit" : "engineering") { use "engineering" accept }
			  on dictionary("business-unit" : "sales")       { use "sales" accept }
			  on any() { use "default" accept }
			}
			""", "simple allow list", """
			model "exampleModel" {
			  on hostid("F01898AD8DD3/ETHERNET", "5E00A4F17201/ETHERNET") { use "default" accept }
			  on any() { deny }
			}
			""", "named license pools (the documented fragment, in a model)", """
			model "pools" {
			partitions { partition "p1" { "f1" 1.0 50  "f1" 2.0 25  "f2" 1.0 100 } }
			}
			""", "regular expressions", """
			model "regex" {
			  partitions {
			    partition "engineering" { "f1" 1.0 50% }
			    partition "sales" { "f1" 1.0 50% }
			  }
			  on hostname("~/[A-Z]{2}[0-9]{3}/") { use "engineering" accept }
			  on dictionary("business-unit":"~/Eng[0-9]+/") { use "engineering", "sales" accept }
			  on any() { deny }
			}
			""", "server-specified counts and vendor strings", """
			model "advanced" {
			  partitions {
			    partition "p1" { "f1" 1.0 10 vendor string matches "~/gold.*/" "f2" 2.0 remainder }
			  }
			  on hosttype("FLX_CLIENT") && not hostname("build01") { use "p1" without requested features { all from "p1" } accept }
			  on hostid("7200014f5df0/ETHERNET") || dictionary("site":"lab") { use "p1" without requested features { "f1" 1.0 1 } continue }
			  on any() { use "default" accept }
			}
			""");

	private static final String[] TYPES = { "ETHERNET", "STRING", "USER", "VM_UUID", "INTERNET", "CONTAINER_ID" };

	private ModelTexts() {
	}

	/**
	 * A valid model of at least {@code minChars} characters (and not much more): pools with counted,
	 * percentage and remainder lines, every kind of condition, comments.
	 */
	public static String generate(Random random, int minChars) {
		StringBuilder text = new StringBuilder(minChars + 4096);
		text.append("// generated model\nmodel \"generated\" {\n  partitions {\n");
		int pools = 0;
		int poolTarget = minChars / 2;
		while (text.length() < poolTarget || pools < 2) {
			text.append("    partition \"pool").append(pools).append("\" {\n");
			int lines = 1 + random.nextInt(8);
			for (int i = 0; i < lines; i++) {
				text.append("      \"f").append(pools).append('_').append(i).append("\" ").append(1 + random.nextInt(9)).append('.')
						.append(random.nextInt(20)).append(' ');
				switch (random.nextInt(6)) {
				case 0 -> text.append(1 + random.nextInt(100)).append('%');
				case 1 -> text.append("remainder");
				case 2 -> text.append(random.nextInt(500)).append(" vendor string matches \"~/tier[0-9]+/\"");
				default -> text.append(random.nextInt(1000));
				}
				text.append(random.nextInt(10) == 0 ? " // note\n" : "\n");
			}
			text.append("    }\n");
			pools++;
		}
		text.append("  }\n");
		int rule = 0;
		while (text.length() < minChars) {
			if (random.nextInt(12) == 0) {
				text.append("  /* rule group ").append(rule).append(" */\n");
			}
			text.append("  on ");
			int matchers = 1 + random.nextInt(3);
			for (int m = 0; m < matchers; m++) {
				if (m > 0) {
					text.append(random.nextBoolean() ? " && " : random.nextBoolean() ? " or " : " and ");
				}
				if (random.nextInt(5) == 0) {
					text.append(random.nextBoolean() ? "!" : "not ");
				}
				matcher(random, text, rule);
			}
			text.append(" { use \"pool").append(random.nextInt(pools)).append('"');
			if (random.nextInt(3) == 0) {
				text.append(", \"pool").append(random.nextInt(pools)).append('"');
			}
			if (random.nextInt(10) == 0) {
				text.append(" without requested features { all from \"pool").append(random.nextInt(pools)).append("\" }");
			}
			text.append(random.nextInt(4) == 0 ? " continue" : " accept").append(" }\n");
			rule++;
		}
		text.append("  on any() { use \"default\" accept }\n}\n");
		return text.toString();
	}

	private static void matcher(Random random, StringBuilder text, int rule) {
		switch (random.nextInt(5)) {
		case 0 -> text.append("hostid(\"").append(Long.toHexString(0x100000000000L + random.nextInt(1 << 30))).append('/')
				.append(TYPES[random.nextInt(TYPES.length)]).append("\", \"user").append(rule).append("/USER\")");
		case 1 -> text.append("hostname(\"~/host").append(rule % 100).append("-[0-9]{2,3}/\")");
		case 2 -> text.append("hosttype(\"FLX_CLIENT\")");
		case 3 -> text.append("dictionary(\"business-unit\": \"unit").append(rule).append("\", \"site\": \"~/Eng[0-9]+/\")");
		default -> text.append("hostname(\"build").append(rule).append("\")");
		}
	}

	private static final List<String> SNIPPETS = List.of("{", "}", "(", ")", "\"", "\"x\"", ",", ":", "%", ".", "1", "99",
			"model", "partitions", "partition", "on", "use", "accept", "deny", "continue", "any()", "hostid", "remainder",
			"without requested features", "all from", "vendor string matches", "&&", "||", "!", "not", "//", "/*", "*/", "\\",
			"~/", "\n", " ", "max", "f1", "#", "\u00e9", "\r\n", "\"~/[a-/\"", "1.2.3", "\"default\"");

	/** {@code text} with 1 to 5 random edits: deletions, insertions of language snippets, duplications. */
	public static String mutate(Random random, String text) {
		StringBuilder out = new StringBuilder(text);
		int edits = 1 + random.nextInt(5);
		for (int e = 0; e < edits; e++) {
			int at = out.isEmpty() ? 0 : random.nextInt(out.length() + 1);
			switch (random.nextInt(4)) {
			case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(12)));
			case 1, 2 -> out.insert(at, SNIPPETS.get(random.nextInt(SNIPPETS.size())));
			default -> {
				int end = Math.min(out.length(), at + random.nextInt(40));
				out.insert(random.nextInt(out.length() + 1), out.substring(at, end));
			}
			}
		}
		return out.toString();
	}

	/** Random text over the language's characters and some others. */
	public static String noise(Random random, int length) {
		String alphabet = "{}()\",:%.*!&|/\\~- \n\t0123456789abcdefghijklmnopqrstuvwxyz\u00e9\u20ac";
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(random.nextInt(6) == 0 ? SNIPPETS.get(random.nextInt(SNIPPETS.size()))
					: String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
		}
		return out.toString();
	}
}

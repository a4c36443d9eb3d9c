package org.seatkeeper.model.assist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.HostIdType;
import org.seatkeeper.model.LexResult;
import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Token;
import org.seatkeeper.model.TokenKind;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Pool;

/**
 * What can be written at a place in a model definition, worked out from the tokens before it:
 * <ul>
 * <li>outside the model: a {@code model} skeleton;</li>
 * <li>in the model: {@code partitions} and rules ({@code on …});</li>
 * <li>in {@code partitions}: a {@code partition};</li>
 * <li>where a condition goes (after {@code on}, {@code and}, {@code or}, {@code not} and their symbols):
 * the condition functions;</li>
 * <li>in a rule's body: {@code use}, {@code accept}, {@code deny}, {@code continue},
 * {@code without requested features};</li>
 * <li>in a string after {@code use} (or {@code all from}): the model's pool names and {@code default};</li>
 * <li>in a {@code hostid} string after {@code /}: the hostid types.</li>
 * </ul>
 * Headless and pure, so that the editor's assist is a thin adapter.
 */
public final class ModelCompletions {

	/**
	 * One proposal.
	 *
	 * @param label       what the list shows
	 * @param replacement the text that replaces {@code [replaceOffset, offset)}
	 * @param cursor      where the caret goes, relative to the start of the replacement
	 * @param detail      a short explanation
	 */
	public record Completion(String label, String replacement, int cursor, String detail) {
	}

	/**
	 * The completions at {@code offset}: each replaces {@code [replaceOffset, replaceEnd)}, which is the word or
	 * string typed so far, plus a closing quote already after the caret when the completion brings its own.
	 */
	public record Result(int replaceOffset, int replaceEnd, List<Completion> completions) {

		public Result(int replaceOffset, List<Completion> completions) {
			this(replaceOffset, -1, completions);
		}
	}

	private enum Block {
		MODEL, PARTITIONS, PARTITION, RULE, SERVER_SPECIFIED, OTHER
	}

	private ModelCompletions() {
	}

	public static Result at(String text, int offset) {
		return at(text, offset, List.of());
	}

	/**
	 * The completions at {@code offset}; with the feature records of a connected server, also the server's
	 * feature names where a pool's feature line starts, the versions of the named feature where its
	 * version goes, and the server's count where the amount goes.
	 */
	public static Result at(String text, int offset, List<ServerFeature> server) {
		Result result = completions(text, offset, server == null ? List.of() : server);
		return new Result(result.replaceOffset(), result.replaceEnd() < 0 ? offset : result.replaceEnd(), result.completions());
	}

	private static Result completions(String text, int offset, List<ServerFeature> server) {
		LexResult lex = Lexer.lex(text.substring(0, offset));
		List<Token> tokens = new ArrayList<>();
		for (Token token : lex.tokens()) {
			if (token.kind() != TokenKind.EOF && token.kind() != TokenKind.COMMENT) {
				tokens.add(token);
			}
		}
		Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
		// inside a string that is still open at the caret
		if (last != null && last.kind() == TokenKind.QUOTED_STRING && last.range().end() == offset && !closedString(last)) {
			Result result = inString(text, tokens, last, offset, server);
			// the closing quote typed (or closed automatically) after the caret is replaced by the one the completion brings
			boolean closed = offset < text.length() && text.charAt(offset) == '"';
			return closed ? new Result(result.replaceOffset(), offset + 1, result.completions()) : result;
		}
		int replaceOffset = offset;
		String prefix = "";
		if (last != null && last.range().end() == offset && (last.kind().isKeyword() || last.kind() == TokenKind.WORD)) {
			replaceOffset = last.range().offset();
			prefix = last.text();
			tokens.remove(tokens.size() - 1);
			last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
		}
		Optional<Result> inLine = inFeatureLine(tokens, offset, prefix, server);
		if (inLine.isPresent()) {
			return inLine.get();
		}
		List<Completion> all = new ArrayList<>();
		if (last != null && isConditionStart(last.kind())) {
			all.addAll(conditions(last.kind() != TokenKind.NOT && last.kind() != TokenKind.C_NOT));
		} else {
			switch (enclosing(tokens)) {
				case null -> all.add(new Completion("model", "model \"name\" {\n  \n}", 7, "a model definition"));
				case MODEL -> {
					all.add(new Completion("partitions", "partitions {\n    \n  }", 17, "the named license pools"));
					all.add(new Completion("on", "on ", 3, "a rule: on a condition { use pools and accept, deny or continue }"));
					all.add(new Completion("on any() { use \"default\" accept }", "on any() { use \"default\" accept }", 33,
							"the rule that lets every device use the default pool"));
				}
				case PARTITIONS -> all.add(new Completion("partition", "partition \"name\" {  }", 11, "a named license pool"));
				case PARTITION, SERVER_SPECIFIED -> all.addAll(featureNames(server, true));
				case RULE -> {
					all.add(new Completion("use", "use \"\"", 5, "the pools to serve from, in order"));
					all.add(new Completion("accept", "accept", 6, "grant from the pools named and stop"));
					all.add(new Completion("deny", "deny", 4, "refuse the request and stop"));
					all.add(new Completion("continue", "continue", 8, "go on with the next rule"));
					all.add(new Completion("without requested features", "without requested features {  }", 30,
							"serve these features whatever the device asks for"));
				}
				default -> {
					// nothing to propose inside other brackets
				}
			}
		}
		String typed = prefix;
		return new Result(replaceOffset, all.stream().filter(c -> c.label().startsWith(typed)).toList());
	}

	private static boolean closedString(Token token) {
		String text = token.text();
		if (text.length() < 2 || !text.endsWith("\"")) {
			return false;
		}
		int backslashes = 0;
		for (int i = text.length() - 2; i > 0 && text.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 0;
	}

	private static boolean isConditionStart(TokenKind kind) {
		return switch (kind) {
			case ON, AND, OR, NOT, C_AND, C_OR, C_NOT -> true;
			default -> false;
		};
	}

	private static List<Completion> conditions(boolean withNot) {
		List<Completion> list = new ArrayList<>();
		list.add(new Completion("any()", "any()", 5, "every device"));
		list.add(new Completion("hostid(\"…\")", "hostid(\"\")", 8, "devices with these hostids, like \"001122334455/ETHERNET\""));
		list.add(new Completion("hostname(\"…\")", "hostname(\"\")", 10, "devices with these host names, or \"~/regex/\""));
		list.add(new Completion("hosttype(\"…\")", "hosttype(\"\")", 10, "devices of these host types"));
		list.add(new Completion("dictionary(\"…\" : \"…\")", "dictionary(\"\" : \"\")", 12,
				"devices whose vendor dictionary has this key and value"));
		if (withNot) {
			list.add(new Completion("not", "not ", 4, "the opposite of the next condition"));
		}
		return list;
	}

	/** The kind of the innermost open block before the end of {@code tokens}, or null at the top. */
	private static Block enclosing(List<Token> tokens) {
		Deque<Block> blocks = new ArrayDeque<>();
		TokenKind opener = null;
		boolean seenOn = false;
		for (Token token : tokens) {
			switch (token.kind()) {
				case MODEL, PARTITIONS, PARTITION, WITHOUT -> opener = token.kind();
				case ON -> {
					opener = TokenKind.ON;
					seenOn = true;
				}
				case LBRACE -> {
					Block block;
					if (opener == TokenKind.MODEL) {
						block = Block.MODEL;
					} else if (opener == TokenKind.PARTITIONS) {
						block = Block.PARTITIONS;
					} else if (opener == TokenKind.PARTITION) {
						block = Block.PARTITION;
					} else if (opener == TokenKind.ON && seenOn) {
						block = Block.RULE;
					} else if (opener == TokenKind.WITHOUT) {
						block = Block.SERVER_SPECIFIED;
					} else {
						block = Block.OTHER;
					}
					blocks.push(block);
					opener = null;
					seenOn = false;
				}
				case RBRACE -> {
					if (!blocks.isEmpty()) {
						blocks.pop();
					}
					opener = null;
				}
				default -> {
					// other tokens do not open blocks
				}
			}
		}
		return blocks.peek();
	}

	private static Result inString(String text, List<Token> tokens, Token string, int offset, List<ServerFeature> server) {
		int replaceOffset = string.range().offset() + 1;
		String typed = text.substring(replaceOffset, offset);
		int index = tokens.size() - 2;
		// a feature name at the start of a pool's line
		Block block = enclosing(tokens.subList(0, tokens.size() - 1));
		if ((block == Block.PARTITION || block == Block.SERVER_SPECIFIED)
				&& lineState(tokens.subList(0, tokens.size() - 1)) == LineState.NAME) {
			return new Result(replaceOffset, featureNames(server, false).stream().filter(c -> c.label().startsWith(typed)).toList());
		}
		// after use "a", "b", … or all from "a", …: pool names
		int i = index;
		while (i >= 1 && tokens.get(i).kind() == TokenKind.COMMA && tokens.get(i - 1).kind() == TokenKind.QUOTED_STRING) {
			i -= 2;
		}
		if (i >= 0 && (tokens.get(i).kind() == TokenKind.USE || tokens.get(i).kind() == TokenKind.FROM)) {
			Set<String> names = new LinkedHashSet<>();
			ModelDefinition model = ModelAnalysis.of(text).model();
			if (model != null) {
				for (Pool pool : model.poolList()) {
					if (pool.name() != null) {
						names.add(pool.name().value());
					}
				}
			}
			names.add("default");
			List<Completion> list = names.stream().filter(n -> n.startsWith(typed))
					.map(n -> new Completion(n, n + "\"", n.length() + 1, n.equals("default") ? "the default pool" : "a pool of this model"))
					.toList();
			return new Result(replaceOffset, list);
		}
		// in hostid("value/TYPE"): the hostid types after the slash
		int j = index;
		while (j >= 1 && (tokens.get(j).kind() == TokenKind.COMMA || tokens.get(j).kind() == TokenKind.QUOTED_STRING)) {
			j--;
		}
		int slash = typed.lastIndexOf('/');
		if (j >= 1 && tokens.get(j).kind() == TokenKind.LPAREN && tokens.get(j - 1).kind() == TokenKind.HOSTID && slash >= 0
				&& !typed.startsWith("~/")) {
			String typePrefix = typed.substring(slash + 1);
			int from = replaceOffset + slash + 1;
			List<Completion> list = HostIdType.names().stream().filter(t -> t.startsWith(typePrefix.toUpperCase(java.util.Locale.ROOT)))
					.map(t -> new Completion(t, t + "\"", t.length() + 1, "hostid type")).toList();
			return new Result(from, list);
		}
		return new Result(offset, List.of());
	}

	/** Where the caret is in a pool's feature line: {@code "name" version amount [vendor string matches "…"]}. */
	private enum LineState {
		/** a new line can start: after the opening brace or a complete line */
		NAME,
		/** after the name: the version goes here */
		VERSION,
		/** after the version: the amount goes here */
		AMOUNT,
		/** after the amount: a vendor-string match or the next line */
		AFTER_AMOUNT,
		/** anywhere else (in a vendor-string match, after a malformed part) */
		OTHER
	}

	/**
	 * The state of the feature line at the end of {@code tokens}, whose innermost open block is a pool or a
	 * {@code without requested features} block.
	 */
	private static LineState lineState(List<Token> tokens) {
		int start = tokens.size();
		int depth = 0;
		while (start > 0) {
			TokenKind kind = tokens.get(start - 1).kind();
			if (kind == TokenKind.RBRACE) {
				depth++;
			} else if (kind == TokenKind.LBRACE) {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			start--;
		}
		LineState state = LineState.NAME;
		for (int i = start; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			TokenKind kind = token.kind();
			boolean adjacentToNext = i + 1 < tokens.size() && tokens.get(i + 1).range().offset() == token.range().end();
			state = switch (state) {
				// after an amount, "vendor string matches" goes on to OTHER until its pattern
				case NAME, AFTER_AMOUNT -> kind == TokenKind.QUOTED_STRING || kind == TokenKind.WORD ? LineState.VERSION : LineState.OTHER;
				case VERSION -> {
					if (kind == TokenKind.NUMBER || kind == TokenKind.DOT) {
						// a version is numbers and dots written together
						yield adjacentToNext ? LineState.VERSION : LineState.AMOUNT;
					}
					yield LineState.OTHER;
				}
				case AMOUNT -> {
					if (kind == TokenKind.REMAINDER || kind == TokenKind.PERCENT) {
						yield LineState.AFTER_AMOUNT;
					}
					if (kind == TokenKind.NUMBER) {
						yield adjacentToNext && tokens.get(i + 1).kind() == TokenKind.PERCENT ? LineState.AMOUNT : LineState.AFTER_AMOUNT;
					}
					yield LineState.OTHER;
				}
				case OTHER -> kind == TokenKind.QUOTED_STRING && i > 0 && tokens.get(i - 1).kind() == TokenKind.MATCHES ? LineState.NAME
						: LineState.OTHER;
			};
		}
		return state;
	}

	/** Versions and amounts typed at the caret in a pool's feature line, and what can follow an amount. */
	private static Optional<Result> inFeatureLine(List<Token> tokens, int offset, String prefix, List<ServerFeature> server) {
		Block block = enclosing(tokens);
		if (block != Block.PARTITION && block != Block.SERVER_SPECIFIED) {
			return Optional.empty();
		}
		// the version (numbers and dots) or amount typed right before the caret
		int typedStart = tokens.size();
		while (typedStart > 0 && (tokens.get(typedStart - 1).kind() == TokenKind.NUMBER || tokens.get(typedStart - 1).kind() == TokenKind.DOT)
				&& tokens.get(typedStart - 1).range().end() == (typedStart == tokens.size() ? offset : tokens.get(typedStart).range().offset())) {
			typedStart--;
		}
		List<Token> before = tokens.subList(0, typedStart);
		int replaceOffset = typedStart == tokens.size() ? offset - prefix.length() : tokens.get(typedStart).range().offset();
		String typed = tokens.subList(typedStart, tokens.size()).stream().map(Token::text).reduce(prefix, String::concat);
		LineState state = lineState(before);
		if (state == LineState.VERSION) {
			String name = featureName(before.get(before.size() - 1));
			return Optional.of(new Result(replaceOffset, versions(server, name).stream().filter(c -> c.label().startsWith(typed)).toList()));
		}
		if (state == LineState.AMOUNT) {
			String name = featureName(before.get(before.size() - 2 - versionLength(before)));
			String version = before.subList(before.size() - 1 - versionLength(before), before.size()).stream().map(Token::text)
					.reduce("", String::concat);
			List<Completion> list = new ArrayList<>();
			list.add(new Completion("remainder", "remainder", 9, "what is left of the feature's count after the other pools"));
			long total = server.stream().filter(f -> f.name().equals(name) && f.version().toString().equals(version))
					.mapToLong(ServerFeature::count).sum();
			if (total > 0) {
				String all = Long.toString(total);
				list.add(new Completion(all, all, all.length(), "all the counts the server has of " + name + " " + version));
			}
			return Optional.of(new Result(replaceOffset, list.stream().filter(c -> c.label().startsWith(typed)).toList()));
		}
		if (state == LineState.AFTER_AMOUNT && typedStart == tokens.size()) {
			List<Completion> list = new ArrayList<>();
			list.add(new Completion("vendor string matches \"…\"", "vendor string matches \"\"", 23,
					"only the feature's records with this vendor string, or one that matches \"~/regex/\""));
			list.addAll(featureNames(server, true));
			return Optional.of(new Result(replaceOffset, list.stream().filter(c -> c.label().startsWith(typed)).toList()));
		}
		return Optional.empty();
	}

	/** The number of tokens of the version at the end of {@code tokens} minus one. */
	private static int versionLength(List<Token> tokens) {
		int n = 0;
		int i = tokens.size() - 1;
		while (i > 0 && (tokens.get(i - 1).kind() == TokenKind.NUMBER || tokens.get(i - 1).kind() == TokenKind.DOT)
				&& tokens.get(i - 1).range().end() == tokens.get(i).range().offset()) {
			n++;
			i--;
		}
		return n;
	}

	private static String featureName(Token token) {
		String text = token.text();
		if (token.kind() == TokenKind.QUOTED_STRING && text.length() >= 2 && text.endsWith("\"")) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}

	/** The server's feature names, quoted when the caret is not in a string yet. */
	private static List<Completion> featureNames(List<ServerFeature> server, boolean quote) {
		Map<String, List<ServerFeature>> byName = new TreeMap<>();
		for (ServerFeature feature : server) {
			byName.computeIfAbsent(feature.name(), n -> new ArrayList<>()).add(feature);
		}
		List<Completion> list = new ArrayList<>();
		byName.forEach((name, records) -> {
			String replacement = quote ? "\"" + name + "\" " : name + "\" ";
			list.add(new Completion(name, replacement, replacement.length(), "on the server: " + versionsText(records)));
		});
		return list;
	}

	private static List<Completion> versions(List<ServerFeature> server, String name) {
		Map<FeatureVersion, Long> counts = new TreeMap<>();
		for (ServerFeature feature : server) {
			if (feature.name().equals(name)) {
				counts.merge(feature.version(), feature.count(), Long::sum);
			}
		}
		List<Completion> list = new ArrayList<>();
		counts.forEach((version, count) -> {
			String text = version.toString();
			list.add(new Completion(text, text + " ", text.length() + 1, count + (count == 1 ? " count" : " counts") + " on the server"));
		});
		return list;
	}

	private static String versionsText(List<ServerFeature> records) {
		Map<FeatureVersion, Long> counts = new TreeMap<>();
		records.forEach(f -> counts.merge(f.version(), f.count(), Long::sum));
		StringBuilder text = new StringBuilder();
		counts.forEach((version, count) -> text.append(text.isEmpty() ? "" : ", ").append(version).append(" (").append(count)
				.append(count == 1 ? " count)" : " counts)"));
		return text.toString();
	}
}

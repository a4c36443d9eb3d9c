package org.seatkeeper.model.ui.internal.assist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.seatkeeper.model.HostIdType;
import org.seatkeeper.model.LexResult;
import org.seatkeeper.model.Lexer;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.Token;
import org.seatkeeper.model.TokenKind;
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

	/** The completions at {@code offset} and the offset from which they replace (the word or string typed so far). */
	public record Result(int replaceOffset, List<Completion> completions) {
	}

	private enum Block {
		MODEL, PARTITIONS, PARTITION, RULE, SERVER_SPECIFIED, OTHER
	}

	private ModelCompletions() {
	}

	public static Result at(String text, int offset) {
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
			return inString(text, tokens, last, offset);
		}
		int replaceOffset = offset;
		String prefix = "";
		if (last != null && last.range().end() == offset && (last.kind().isKeyword() || last.kind() == TokenKind.WORD)) {
			replaceOffset = last.range().offset();
			prefix = last.text();
			tokens.remove(tokens.size() - 1);
			last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
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
				case PARTITION, SERVER_SPECIFIED -> all.add(new Completion("remainder", "remainder", 9,
						"what is left of the feature's count after the other pools"));
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

	private static Result inString(String text, List<Token> tokens, Token string, int offset) {
		int replaceOffset = string.range().offset() + 1;
		String typed = text.substring(replaceOffset, offset);
		int index = tokens.size() - 2;
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
}

package org.seatkeeper.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.seatkeeper.model.ast.Action;
import org.seatkeeper.model.ast.Amount;
import org.seatkeeper.model.ast.Condition;
import org.seatkeeper.model.ast.DictionaryEntry;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.Matcher;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Pools;
import org.seatkeeper.model.ast.Rule;
import org.seatkeeper.model.ast.ServerSpecified;
import org.seatkeeper.model.ast.Version;

/**
 * A hand-written recursive-descent parser for the published model grammar. It never throws: it returns
 * the tree it could build and a list of problems, and after an error it skips to the next place it
 * recognises (a feature line, a pool, a rule, a closing brace) so that one typo does not hide the rest of
 * the file. While it is recovering it reports nothing more, so that one error gives one message.
 *
 * <p>Where the text departs from the grammar in a way the meaning is still clear, the parser reads it and
 * says so: a feature name without quotes is read with a warning (one vendor example writes it that way),
 * a {@code partition} outside {@code partitions}, rule parts out of order, or a second {@code use} are
 * read with an error. The newer keywords whose syntax is not published ({@code max},
 * {@code product name matches}, {@code activation ID matches}, user conditions) get an error that says
 * they cannot be checked.
 *
 * <p>The nesting of the language is fixed (model, pools, pool, feature line; rule, server-specified
 * block), so the parser's recursion depth is bounded whatever the input.
 */
public final class ModelParser extends TokenCursor {

	/** Diagnostic codes of the parser. */
	public static final String SYNTAX_ERROR = "syntax-error";
	public static final String MISSING_MODEL = "missing-model";
	public static final String SECOND_MODEL = "second-model";
	public static final String UNQUOTED_FEATURE_NAME = "unquoted-feature-name";
	public static final String UNSUPPORTED_KEYWORD = "unsupported-keyword";
	public static final String MISPLACED = "misplaced";

	/** Documented newer keywords whose syntax is not published, by their first word. */
	private static final Set<String> NEWER_KEYWORDS = Set.of("max", "product", "activation", "user");
	private static final Set<TokenKind> MATCHER_STARTS = EnumSet.of(TokenKind.HOSTID, TokenKind.HOSTNAME,
			TokenKind.HOSTTYPE, TokenKind.DICTIONARY, TokenKind.ANY, TokenKind.NOT, TokenKind.C_NOT);
	private static final Set<TokenKind> ACTIONS = EnumSet.of(TokenKind.ACCEPT, TokenKind.DENY, TokenKind.CONTINUE);

	private ModelParser(CharSequence source) {
		super(source);
	}

	/** Parses {@code text}. */
	public static ParseResult parse(CharSequence text) {
		ModelParser parser = new ModelParser(text);
		ModelDefinition model = parser.file();
		return new ParseResult(parser.text, parser.lex, model, Diagnostic.sorted(parser.diagnostics));
	}

	// ---- grammar

	private ModelDefinition file() {
		ModelDefinition model;
		if (at(TokenKind.MODEL)) {
			model = model();
		} else {
			error(MISSING_MODEL, "A model definition starts with 'model \"name\" {' but this file starts with "
					+ describe(current()), current().range());
			model = body(null, current(), false);
		}
		while (!at(TokenKind.EOF)) {
			if (at(TokenKind.MODEL)) {
				recovering = false;
				error(SECOND_MODEL, "A definition holds exactly one model; remove this second one or upload it separately",
						current().range());
				model();
			} else {
				error(SYNTAX_ERROR, "Nothing may follow the model's closing '}' but " + describe(current()) + " does",
						current().range());
				skipBalanced();
			}
		}
		return model;
	}

	private ModelDefinition model() {
		Token start = advance();
		Name name = quoted("the model's name");
		if (!expect(TokenKind.LBRACE, "'{' after the model's name")) {
			return body(name, start, false);
		}
		return body(name, start, true);
	}

	/** The inside of the model, up to its closing brace (consumed) or the end of the file. */
	private ModelDefinition body(Name name, Token start, boolean braced) {
		Pools pools = null;
		List<Pool> strayPools = new ArrayList<>();
		List<Rule> rules = new ArrayList<>();
		while (true) {
			Token token = current();
			switch (token.kind()) {
			case EOF -> {
				if (braced) {
					missingClose("the model", start);
				}
				return new ModelDefinition(name, merge(pools, strayPools), rules, span(start, previous()));
			}
			case RBRACE -> {
				if (braced) {
					advance();
					return new ModelDefinition(name, merge(pools, strayPools), rules, span(start, previous()));
				}
				error(SYNTAX_ERROR, "This '}' closes nothing", token.range());
				skip();
			}
			case PARTITIONS -> {
				if (pools != null) {
					misplaced("A model has one 'partitions' block; move these pools into the first one", token);
				} else if (!rules.isEmpty()) {
					misplaced("The 'partitions' block comes before the rules; move it up", token);
				}
				Pools block = pools();
				if (pools == null) {
					pools = block;
				} else {
					strayPools.addAll(block.pools());
				}
			}
			case PARTITION -> {
				misplaced("Pools are defined inside 'partitions { ... }'", token);
				strayPools.add(pool());
			}
			case ON -> rules.add(rule());
			case MODEL -> {
				recovering = false;
				error(SECOND_MODEL, "A model cannot contain another model", token.range());
				skipBalanced();
			}
			default -> {
				unexpected(token, "'partitions' or a rule ('on ...')");
				skipUntil(EnumSet.of(TokenKind.ON, TokenKind.PARTITIONS, TokenKind.PARTITION, TokenKind.RBRACE));
			}
			}
		}
	}

	private static Pools merge(Pools pools, List<Pool> stray) {
		if (stray.isEmpty()) {
			return pools;
		}
		List<Pool> all = new ArrayList<>(pools == null ? List.of() : pools.pools());
		all.addAll(stray);
		return new Pools(all, pools == null ? stray.get(0).range() : pools.range());
	}

	private Pools pools() {
		Token start = advance();
		List<Pool> pools = new ArrayList<>();
		if (expect(TokenKind.LBRACE, "'{' after 'partitions'")) {
			while (true) {
				Token token = current();
				if (at(TokenKind.PARTITION)) {
					pools.add(pool());
				} else if (at(TokenKind.RBRACE)) {
					advance();
					break;
				} else if (at(TokenKind.EOF) || at(TokenKind.ON) || at(TokenKind.PARTITIONS)) {
					missingClose("'partitions'", start);
					break;
				} else {
					unexpected(token, "'partition \"name\" { ... }' or '}'");
					skipUntil(EnumSet.of(TokenKind.PARTITION, TokenKind.RBRACE, TokenKind.ON));
				}
			}
		}
		return new Pools(pools, span(start, previous()));
	}

	private Pool pool() {
		Token start = advance();
		Name name = quoted("the pool's name");
		List<FeatureSpec> features = new ArrayList<>();
		if (expect(TokenKind.LBRACE, "'{' after the pool's name")) {
			featureLines(features, start, "the pool");
		}
		return new Pool(name, features, span(start, previous()));
	}

	/** Feature lines up to the closing brace of the block opened by {@code start}. */
	private void featureLines(List<FeatureSpec> features, Token start, String block) {
		while (true) {
			Token token = current();
			if (at(TokenKind.QUOTED_STRING) || at(TokenKind.WORD) || at(TokenKind.NUMBER)) {
				if (at(TokenKind.WORD) && NEWER_KEYWORDS.contains(token.text())) {
					newerKeyword(token);
					skipUntil(EnumSet.of(TokenKind.QUOTED_STRING, TokenKind.RBRACE, TokenKind.PARTITION, TokenKind.ON));
					continue;
				}
				features.add(featureSpec());
			} else if (at(TokenKind.RBRACE)) {
				advance();
				return;
			} else if (at(TokenKind.EOF) || at(TokenKind.PARTITION) || at(TokenKind.ON) || at(TokenKind.PARTITIONS)) {
				missingClose(block, start);
				return;
			} else {
				unexpected(token, "a feature line such as '\"f1\" 1.0 10' or '}'");
				skipUntil(EnumSet.of(TokenKind.QUOTED_STRING, TokenKind.RBRACE, TokenKind.PARTITION, TokenKind.ON));
			}
		}
	}

	private FeatureSpec featureSpec() {
		Token start = current();
		Name feature = null;
		if (at(TokenKind.QUOTED_STRING)) {
			feature = name(advance());
		} else if (at(TokenKind.WORD)) {
			Token word = advance();
			feature = new Name(word.text(), false, word.range());
			warning(UNQUOTED_FEATURE_NAME, "The feature name " + word.text() + " is not quoted; the grammar wants \""
					+ word.text() + "\" (Format adds the quotes)", word.range());
		} else {
			unexpected(current(), "a feature name in quotes");
		}
		Version version = version();
		Amount amount = version == null ? null : amount();
		Name vendorMatch = null;
		if (at(TokenKind.VENDOR)) {
			advance();
			if (expect(TokenKind.STRING, "'string' after 'vendor'") && expect(TokenKind.MATCHES, "'matches' after 'vendor string'")) {
				vendorMatch = quoted("the vendor string to match");
			}
		}
		return new FeatureSpec(feature, version, amount, vendorMatch, span(start, previous()));
	}

	private Version version() {
		Token start = current();
		if (!at(TokenKind.NUMBER)) {
			String hint = at(TokenKind.QUOTED_STRING) && start.value().matches("[0-9.]+")
					? " (versions are written without quotes)"
					: "";
			unexpected(start, "a version such as 1.0" + hint);
			return null;
		}
		StringBuilder version = new StringBuilder(advance().text());
		while (at(TokenKind.DOT)) {
			version.append(advance().text());
			if (at(TokenKind.NUMBER)) {
				version.append(advance().text());
			} else {
				break;
			}
		}
		return new Version(version.toString(), span(start, previous()));
	}

	private Amount amount() {
		Token start = current();
		if (at(TokenKind.REMAINDER)) {
			advance();
			return new Amount(Amount.Kind.REMAINDER, 0, start.range());
		}
		if (!at(TokenKind.NUMBER)) {
			unexpected(start, "an amount: a count such as 10, a percentage such as 50% or 'remainder'");
			return null;
		}
		long value = number(advance());
		if (at(TokenKind.PERCENT)) {
			advance();
			return new Amount(Amount.Kind.PERCENT, value, span(start, previous()));
		}
		return new Amount(Amount.Kind.COUNT, value, start.range());
	}

	private static long number(Token digits) {
		String text = digits.text();
		return text.length() > 18 ? Long.MAX_VALUE : Long.parseLong(text);
	}

	private Rule rule() {
		Token start = advance();
		Condition condition = condition();
		List<Name> use = new ArrayList<>();
		ServerSpecified serverSpecified = null;
		Action action = null;
		if (expect(TokenKind.LBRACE, "'{' after the rule's condition")) {
			boolean used = false;
			while (true) {
				Token token = current();
				if (at(TokenKind.USE)) {
					advance();
					if (used) {
						misplaced("A rule has one 'use'; list all its pools there: use \"p1\", \"p2\"", token);
					} else if (serverSpecified != null || action != null) {
						misplaced("'use' comes first in a rule's body", token);
					}
					used = true;
					use.addAll(nameList("a pool name after 'use'"));
				} else if (at(TokenKind.WITHOUT)) {
					if (serverSpecified != null) {
						misplaced("A rule has one 'without requested features' block", token);
					} else if (action != null) {
						misplaced("'without requested features' comes before the rule's action", token);
					}
					ServerSpecified block = serverSpecified();
					serverSpecified = serverSpecified == null ? block : serverSpecified;
				} else if (ACTIONS.contains(token.kind())) {
					advance();
					if (action != null) {
						misplaced("A rule has one action; remove '" + token.text() + "' or '" + action.kind().keyword() + "'",
								token);
					} else {
						action = new Action(Action.Kind.valueOf(token.kind().name()), token.range());
					}
				} else if (at(TokenKind.RBRACE)) {
					advance();
					break;
				} else if (at(TokenKind.EOF) || at(TokenKind.ON) || at(TokenKind.PARTITIONS)) {
					missingClose("the rule", start);
					break;
				} else if (at(TokenKind.WORD) && NEWER_KEYWORDS.contains(token.text())) {
					newerKeyword(token);
					skipUntil(EnumSet.of(TokenKind.USE, TokenKind.WITHOUT, TokenKind.ACCEPT, TokenKind.DENY, TokenKind.CONTINUE,
							TokenKind.RBRACE, TokenKind.ON));
				} else {
					unexpected(token, "'use', 'without requested features', 'accept', 'deny', 'continue' or '}'");
					skipUntil(EnumSet.of(TokenKind.USE, TokenKind.WITHOUT, TokenKind.ACCEPT, TokenKind.DENY, TokenKind.CONTINUE,
							TokenKind.RBRACE, TokenKind.ON));
				}
			}
		}
		return new Rule(condition, use, serverSpecified, action, span(start, previous()));
	}

	private Condition condition() {
		Token start = current();
		List<Matcher> matchers = new ArrayList<>();
		List<Condition.Operator> operators = new ArrayList<>();
		Matcher first = matcher();
		if (first == null) {
			skipUntil(EnumSet.of(TokenKind.LBRACE, TokenKind.ON, TokenKind.RBRACE));
			return new Condition(List.of(), List.of(), at(TokenKind.EOF) ? start.range() : span(start, start));
		}
		matchers.add(first);
		while (at(TokenKind.AND) || at(TokenKind.C_AND) || at(TokenKind.OR) || at(TokenKind.C_OR)) {
			Condition.Operator operator = at(TokenKind.AND) || at(TokenKind.C_AND) ? Condition.Operator.AND
					: Condition.Operator.OR;
			advance();
			Matcher next = matcher();
			if (next == null) {
				skipUntil(EnumSet.of(TokenKind.LBRACE, TokenKind.ON, TokenKind.RBRACE));
				break;
			}
			operators.add(operator);
			matchers.add(next);
		}
		return new Condition(matchers, operators, span(start, previous()));
	}

	private Matcher matcher() {
		Token start = current();
		boolean negated = false;
		if (at(TokenKind.NOT) || at(TokenKind.C_NOT)) {
			advance();
			negated = true;
			if (at(TokenKind.NOT) || at(TokenKind.C_NOT)) {
				error(SYNTAX_ERROR, "Only one 'not' may stand before a condition", current().range());
				while (at(TokenKind.NOT) || at(TokenKind.C_NOT)) {
					advance();
				}
			}
		}
		Token keyword = current();
		Matcher.Kind kind = switch (keyword.kind()) {
		case HOSTID -> Matcher.Kind.HOSTID;
		case HOSTNAME -> Matcher.Kind.HOSTNAME;
		case HOSTTYPE -> Matcher.Kind.HOSTTYPE;
		case DICTIONARY -> Matcher.Kind.DICTIONARY;
		case ANY -> Matcher.Kind.ANY;
		default -> null;
		};
		if (kind == null) {
			if (keyword.is(TokenKind.WORD) && NEWER_KEYWORDS.contains(keyword.text())) {
				newerKeyword(keyword);
			} else {
				unexpected(keyword, "a condition: hostid(...), hostname(...), hosttype(...), dictionary(...) or any()");
			}
			return null;
		}
		advance();
		List<Name> values = new ArrayList<>();
		List<DictionaryEntry> entries = new ArrayList<>();
		if (expect(TokenKind.LPAREN, "'(' after '" + keyword.text() + "'")) {
			if (kind == Matcher.Kind.ANY) {
				if (at(TokenKind.QUOTED_STRING) || at(TokenKind.NUMBER) || at(TokenKind.WORD)) {
					error(SYNTAX_ERROR, "any() takes no parameters", current().range());
					skipUntil(EnumSet.of(TokenKind.RPAREN, TokenKind.LBRACE));
				}
			} else if (kind == Matcher.Kind.DICTIONARY) {
				entries.addAll(entries());
			} else {
				values.addAll(nameList("a quoted value in " + keyword.text() + "(...)"));
			}
			if (!at(TokenKind.RPAREN)) {
				unexpected(current(), kind == Matcher.Kind.ANY ? "')'" : "',' or ')'");
				skipUntil(EnumSet.of(TokenKind.RPAREN, TokenKind.LBRACE, TokenKind.ON));
			}
			if (at(TokenKind.RPAREN)) {
				advance();
			}
		}
		return new Matcher(negated, kind, values, entries, span(start, previous()));
	}

	private List<DictionaryEntry> entries() {
		List<DictionaryEntry> entries = new ArrayList<>();
		do {
			Token start = current();
			Name key = quoted("a quoted dictionary key");
			if (key == null) {
				break;
			}
			Name value = null;
			if (expect(TokenKind.COLON, "':' between the dictionary key and its value")) {
				value = quoted("the quoted value for the key \"" + key.value() + "\"");
			}
			entries.add(new DictionaryEntry(key, value, span(start, previous())));
		} while (accept(TokenKind.COMMA));
		return entries;
	}

	private ServerSpecified serverSpecified() {
		Token start = advance();
		List<Name> allFrom = new ArrayList<>();
		List<FeatureSpec> features = new ArrayList<>();
		if (expect(TokenKind.REQUESTED, "'requested' after 'without'") && expect(TokenKind.FEATURES, "'features' after 'without requested'")
				&& expect(TokenKind.LBRACE, "'{' after 'without requested features'")) {
			if (at(TokenKind.ALL)) {
				advance();
				if (expect(TokenKind.FROM, "'from' after 'all'")) {
					allFrom.addAll(nameList("a pool name after 'all from'"));
				}
				if (!accept(TokenKind.RBRACE)) {
					if (at(TokenKind.EOF) || at(TokenKind.ON)) {
						missingClose("'without requested features'", start);
					} else {
						unexpected(current(), "',' or '}'");
						skipUntil(EnumSet.of(TokenKind.RBRACE, TokenKind.ON));
						accept(TokenKind.RBRACE);
					}
				}
			} else {
				featureLines(features, start, "'without requested features'");
				if (features.isEmpty()) {
					error(SYNTAX_ERROR, "List the features to serve, or 'all from \"pool\"'", span(start, previous()));
				}
			}
		}
		return new ServerSpecified(allFrom, features, span(start, previous()));
	}

	/** One or more quoted strings separated by commas. */
	private List<Name> nameList(String what) {
		List<Name> names = new ArrayList<>();
		do {
			Name name = quoted(what);
			if (name == null) {
				break;
			}
			names.add(name);
		} while (accept(TokenKind.COMMA));
		return names;
	}

	// ---- problems of the grammar

	private void misplaced(String message, Token token) {
		boolean was = recovering;
		recovering = false;
		error(MISPLACED, message, token.range());
		recovering = was;
	}

	private void newerKeyword(Token token) {
		error(UNSUPPORTED_KEYWORD, "'" + token.text() + "' belongs to a newer keyword whose syntax is not published; "
				+ "Seatkeeper cannot check it, and servers that do not know it refuse the model", token.range());
	}
}

package org.seatkeeper.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.regex.PatternSyntaxException;

import org.seatkeeper.model.ast.Action;
import org.seatkeeper.model.ast.Amount;
import org.seatkeeper.model.ast.Condition;
import org.seatkeeper.model.ast.DictionaryEntry;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.Matcher;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Rule;
import org.seatkeeper.model.ast.ServerSpecified;

/**
 * Checks what the grammar cannot: the rules a license server applies when a model is uploaded, and the
 * mistakes that make a model do something other than what its author meant. Every problem points at the
 * exact characters concerned.
 *
 * <p>Errors are what a server refuses (or what cannot work); warnings are accepted but probably wrong.
 */
public final class ModelValidator {

	/** The largest model file a server accepts: 900 KB of UTF-8. */
	public static final int MAX_BYTES = 900 * 1024;
	/** The names nobody may give to a model or a pool. */
	public static final Set<String> RESERVED_NAMES = Set.of("default", "reservations");
	/** The server's own pool, which always exists. */
	public static final String DEFAULT_POOL = "default";

	public static final String FILE_TOO_LARGE = "file-too-large";
	public static final String DUPLICATE_POOL = "duplicate-pool";
	public static final String DUPLICATE_FEATURE = "duplicate-feature";
	public static final String MIXED_VENDOR_MATCH = "mixed-vendor-match";
	public static final String UNDEFINED_POOL = "undefined-pool";
	public static final String RESERVED_NAME = "reserved-name";
	public static final String EMPTY_NAME = "empty-name";
	public static final String PERCENT_OVER_100 = "percent-over-100";
	public static final String COUNT_TOO_LARGE = "count-too-large";
	public static final String MALFORMED_VERSION = "malformed-version";
	public static final String INVALID_REGEX = "invalid-regex";
	public static final String REGEX_NOT_CLOSED = "regex-not-closed";
	public static final String UNKNOWN_HOSTID_TYPE = "unknown-hostid-type";
	public static final String INVALID_HOSTID = "invalid-hostid";
	public static final String UNREACHABLE_RULE = "unreachable-rule";
	public static final String NEVER_MATCHES = "never-matches";
	public static final String MISSING_ACTION = "missing-action";
	public static final String USE_WITH_DENY = "use-with-deny";
	public static final String UNUSED_REMAINDER = "unused-remainder";
	public static final String FEATURE_NAME = "feature-name";

	private static final Pattern FEATURE_NAME_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,30}");

	private final ParseResult parse;
	private final List<Diagnostic> diagnostics = new ArrayList<>();
	/** Regular expressions already compiled, with their error if they have one: models repeat them. */
	private final Map<String, Optional<PatternSyntaxException>> regexErrors = new HashMap<>();

	private ModelValidator(ParseResult parse) {
		this.parse = parse;
	}

	/** The problems of a parsed model beyond its syntax, ordered by offset. */
	public static List<Diagnostic> validate(ParseResult parse) {
		ModelValidator validator = new ModelValidator(parse);
		validator.run();
		return Diagnostic.sorted(validator.diagnostics);
	}

	private void run() {
		size();
		ModelDefinition model = parse.model();
		if (model.name() != null) {
			notReserved(model.name(), "a model");
			notEmpty(model.name(), "The model's name");
		}
		pools(model);
		Set<String> defined = new LinkedHashSet<>();
		model.poolList().stream().filter(p -> p.name() != null).forEach(p -> defined.add(p.name().value()));
		rules(model.rules(), defined);
	}

	private void size() {
		String text = parse.text();
		// a UTF-8 character is at most 3 bytes per UTF-16 unit, so most texts are decided without encoding
		if ((long) text.length() * 3 <= MAX_BYTES) {
			return;
		}
		int bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
			if (bytes > MAX_BYTES) {
				int total = text.getBytes(StandardCharsets.UTF_8).length;
				error(FILE_TOO_LARGE, String.format(
						"The file is %,d bytes; a server accepts at most 900 KB (%,d bytes). Everything from here on is over the limit",
						total, MAX_BYTES), parse.lex().lines().range(i, text.length() - i));
				return;
			}
		}
	}

	// ---- pools

	private record Key(String feature, String version, String vendorMatch) {
	}

	private void pools(ModelDefinition model) {
		Map<String, Pool> byName = new HashMap<>();
		Map<Key, Long> percentTotals = new HashMap<>();
		Map<Key, FeatureSpec> remainders = new java.util.LinkedHashMap<>();
		for (Pool pool : model.poolList()) {
			if (pool.name() != null) {
				String name = pool.name().value();
				notReserved(pool.name(), "a pool");
				notEmpty(pool.name(), "A pool's name");
				Pool first = byName.putIfAbsent(name, pool);
				if (first != null) {
					error(DUPLICATE_POOL, "The pool \"" + name + "\" is already defined at line " + first.name().range().line()
							+ "; pool names must be unique", pool.name().range());
				}
			}
			Map<Key, FeatureSpec> seen = new HashMap<>();
			Map<String, FeatureSpec> plain = new HashMap<>();
			Map<String, FeatureSpec> matched = new HashMap<>();
			for (FeatureSpec spec : pool.features()) {
				featureSpec(spec);
				if (!spec.isComplete()) {
					continue;
				}
				String feature = spec.feature().value();
				Key key = key(spec);
				FeatureSpec earlier = seen.putIfAbsent(key, spec);
				if (earlier != null) {
					error(DUPLICATE_FEATURE, "Duplicate feature entries found: \"" + feature + "\" " + spec.version().text()
							+ (spec.vendorMatch() == null ? "" : " with the same vendor string") + " is already in this pool at line "
							+ earlier.range().line(), spec.range());
				}
				(spec.vendorMatch() == null ? plain : matched).putIfAbsent(feature, spec);
				FeatureSpec other = (spec.vendorMatch() == null ? matched : plain).get(feature);
				if (other != null && earlier == null) {
					error(MIXED_VENDOR_MATCH, "In one pool, a feature's lines either all match a vendor string or none does: \""
							+ feature + "\" at line " + other.range().line() + (other.vendorMatch() == null ? " has none" : " has one"),
							spec.range());
				}
				afterRemainder(spec, key, remainders);
				amount(spec, key, percentTotals, remainders);
			}
		}
	}

	private static Key key(FeatureSpec spec) {
		String version = spec.version().value().map(FeatureVersion::toString).orElse(spec.version().text());
		return new Key(spec.feature().value(), version, spec.vendorMatch() == null ? null : spec.vendorMatch().value());
	}

	private void amount(FeatureSpec spec, Key key, Map<Key, Long> percentTotals, Map<Key, FeatureSpec> remainders) {
		Amount amount = spec.amount();
		switch (amount.kind()) {
		case COUNT -> {
			if (amount.value() > Integer.MAX_VALUE) {
				error(COUNT_TOO_LARGE, String.format("A count can be at most %,d", Integer.MAX_VALUE), amount.range());
			}
		}
		case PERCENT -> {
			long before = percentTotals.getOrDefault(key, 0L);
			long total = amount.value() > 100 ? amount.value() : before + amount.value();
			percentTotals.put(key, Math.min(total, 1000));
			if (total > 100) {
				String what = "\"" + key.feature() + "\" " + spec.version().text();
				error(PERCENT_OVER_100, amount.value() > 100
						? "A pool can get at most 100% of " + what
						: "This brings the pools' share of " + what + " to " + total + "%; together they can get at most 100%",
						amount.range());
			}
		}
		case REMAINDER -> remainders.putIfAbsent(key, spec);
		}
	}

	/** A line after a remainder of the same feature gets nothing: the remainder took all that was left. */
	private void afterRemainder(FeatureSpec spec, Key key, Map<Key, FeatureSpec> remainders) {
		FeatureVersion version = spec.version().value().orElse(null);
		FeatureSpec remainder = version == null ? null : remainders.values().stream()
				.filter(r -> r.feature().value().equals(key.feature()) && java.util.Objects.equals(r.vendorMatch() == null ? null
						: r.vendorMatch().value(), key.vendorMatch()) && r.version().value().map(v -> v.compareTo(version) <= 0).orElse(false))
				.findFirst().orElse(null);
		if (remainder != null) {
			warning(UNUSED_REMAINDER, "This gets nothing: the remainder at line " + remainder.range().line() + " takes all of \""
					+ key.feature() + "\" " + spec.version().text() + " that is left, and pools are filled top-down", spec.amount().range());
		}
	}

	private void featureSpec(FeatureSpec spec) {
		if (spec.feature() != null) {
			String feature = spec.feature().value();
			if (feature.isEmpty()) {
				error(EMPTY_NAME, "A feature's name cannot be empty", spec.feature().range());
			} else if (!FEATURE_NAME_PATTERN.matcher(feature).matches()) {
				warning(FEATURE_NAME, "\"" + feature + "\" cannot be a feature name: names have 1 to 30 letters, digits, '_' or '-'",
						spec.feature().range());
			}
		}
		if (spec.version() != null && spec.version().value().isEmpty()) {
			String text = spec.version().text();
			String why = text.endsWith(".") ? "a number must follow the dot"
					: text.chars().filter(c -> c == '.').count() > 1 ? "a version has at most one dot"
					: "each part can be at most " + Integer.MAX_VALUE;
			error(MALFORMED_VERSION, "The version " + text + " is malformed: " + why + " (e.g. 1.0 or 12)", spec.version().range());
		}
		if (spec.vendorMatch() != null) {
			regex(spec.vendorMatch());
		}
	}

	// ---- rules

	private void rules(List<Rule> rules, Set<String> defined) {
		Rule stopper = null;
		for (Rule rule : rules) {
			if (stopper != null) {
				warning(UNREACHABLE_RULE, "This rule is never reached: the rule at line " + stopper.range().line()
						+ " matches every request and then " + (stopper.effectiveAction() == Action.Kind.DENY
								? "denies" : "accepts"), rule.range());
			}
			condition(rule.condition());
			for (Name pool : rule.use()) {
				poolReference(pool, defined);
			}
			ServerSpecified serverSpecified = rule.serverSpecified();
			if (serverSpecified != null) {
				for (Name pool : serverSpecified.allFrom()) {
					poolReference(pool, defined);
				}
				serverSpecified.features().forEach(this::featureSpec);
			}
			if (rule.action() == null) {
				warning(MISSING_ACTION, "This rule names no action; Seatkeeper reads it as 'accept'. Write accept, deny or continue "
						+ "so that every server reads it the same way", rule.condition().range().length() > 0 ? rule.condition().range()
								: rule.range());
			} else if (rule.action().kind() == Action.Kind.DENY && !rule.use().isEmpty()) {
				warning(USE_WITH_DENY, "A denied request gets no pools: the pools of 'use' are ignored", rule.use().get(0).range());
			}
			if (stopper == null && rule.condition().isAlwaysTrue() && rule.effectiveAction().isFinal()) {
				stopper = rule;
			}
		}
	}

	private void condition(Condition condition) {
		List<List<Matcher>> alternatives = condition.alternatives();
		if (!alternatives.isEmpty() && alternatives.stream()
				.allMatch(group -> group.stream().anyMatch(m -> m.kind() == Matcher.Kind.ANY && m.negated()))) {
			warning(NEVER_MATCHES, "This condition never holds: 'not any()' matches no request", condition.range());
		}
		for (Matcher matcher : condition.matchers()) {
			for (Name value : matcher.values()) {
				if (matcher.kind() == Matcher.Kind.HOSTID) {
					hostId(value);
				}
				regex(value);
			}
			for (DictionaryEntry entry : matcher.entries()) {
				if (entry.value() != null) {
					regex(entry.value());
				}
			}
		}
	}

	private void hostId(Name value) {
		String hostId = value.value();
		if (value.isRegex() || hostId.startsWith(Name.REGEX_PREFIX)) {
			return;
		}
		int slash = hostId.lastIndexOf('/');
		if (slash == 0 || hostId.isEmpty()) {
			error(INVALID_HOSTID, "A hostid needs a value: write \"VALUE/TYPE\", e.g. \"7200014f5df0/ETHERNET\"", value.range());
			return;
		}
		if (slash < 0) {
			return;
		}
		String type = hostId.substring(slash + 1);
		TextRange range = valueRange(value, slash + 1, hostId.length());
		if (type.isEmpty()) {
			error(UNKNOWN_HOSTID_TYPE, "A type must follow the '/', e.g. ETHERNET; without '/' the type is STRING", value.range());
			return;
		}
		HostIdType known = HostIdType.of(type).orElse(null);
		if (known == null) {
			String suggestion = Suggestions.closest(type, HostIdType.names()).map(s -> "Did you mean " + s + "? ")
					.orElse("");
			error(UNKNOWN_HOSTID_TYPE, "Unknown hostid type " + type + ". " + suggestion + "Known types: "
					+ String.join(", ", HostIdType.names()), range);
		} else if (known == HostIdType.TOLERANT) {
			warning(UNKNOWN_HOSTID_TYPE, "The hostid type TOLERANT is no longer supported by current servers", range);
		}
	}

	private void regex(Name value) {
		String text = value.value();
		if (!text.startsWith(Name.REGEX_PREFIX)) {
			return;
		}
		if (!value.isRegex()) {
			warning(REGEX_NOT_CLOSED, "This looks like a regular expression but does not end with '/', so it is compared as "
					+ "plain text; write \"~/REGEX/\"", value.range());
			return;
		}
		PatternSyntaxException e = regexErrors.computeIfAbsent(value.regex(), ModelValidator::compile).orElse(null);
		if (e != null) {
			int at = e.getIndex() < 0 ? 0 : Math.min(e.getIndex(), value.regex().length() - 1);
			int start = Name.REGEX_PREFIX.length() + Math.max(at, 0);
			int end = value.regex().isEmpty() ? start : start + 1;
			error(INVALID_REGEX, "Invalid regular expression: " + e.getDescription() + " (at character " + (at + 1)
					+ " of the expression)", valueRange(value, start, end));
		}
	}

	private static Optional<PatternSyntaxException> compile(String regex) {
		try {
			Pattern.compile(regex);
			return Optional.empty();
		} catch (PatternSyntaxException e) {
			return Optional.of(e);
		}
	}

	private void poolReference(Name pool, Set<String> defined) {
		String name = pool.value();
		if (name.equals(DEFAULT_POOL)) {
			return;
		}
		if (RESERVED_NAMES.contains(name)) {
			error(RESERVED_NAME, "\"" + name + "\" is a reserved name and no pool", pool.range());
			return;
		}
		if (defined.contains(name)) {
			return;
		}
		String suggestion = Suggestions.closest(name, defined).map(s -> "; did you mean \"" + s + "\"?")
				.orElse(defined.isEmpty() ? "; the model defines no pools ('default' always exists)"
						: "; defined: " + defined.stream().limit(8).map(s -> "\"" + s + "\"").collect(Collectors.joining(", "))
								+ (defined.size() > 8 ? ", ... (" + defined.size() + " pools)" : "") + " and \"default\"");
		error(UNDEFINED_POOL, "The pool \"" + name + "\" is not defined" + suggestion, pool.range());
	}

	private void notReserved(Name name, String what) {
		if (RESERVED_NAMES.contains(name.value())) {
			error(RESERVED_NAME, "\"" + name.value() + "\" is reserved by the server and cannot name " + what, name.range());
		}
	}

	private void notEmpty(Name name, String what) {
		if (name.value().isBlank()) {
			error(EMPTY_NAME, what + " cannot be empty", name.range());
		}
	}

	/**
	 * The source characters of {@code value.value()} from {@code start} to {@code end} (indexes into the
	 * string's content, escapes resolved): escapes take two characters in the source.
	 */
	private TextRange valueRange(Name value, int start, int end) {
		TextRange range = value.range();
		if (!value.quoted()) {
			return parse.lex().lines().range(range.offset() + start, end - start);
		}
		String text = parse.text();
		int source = range.offset() + 1;
		int sourceStart = -1;
		int limit = range.end();
		for (int i = 0; i <= end && source <= limit; i++) {
			if (i == start) {
				sourceStart = source;
			}
			if (i == end) {
				break;
			}
			source += source < limit && text.charAt(source) == '\\' ? 2 : 1;
		}
		if (sourceStart < 0) {
			return range;
		}
		int sourceEnd = Math.min(Math.max(sourceStart, source), limit);
		return parse.lex().lines().range(sourceStart, sourceEnd - sourceStart);
	}

	private void error(String code, String message, TextRange range) {
		diagnostics.add(new Diagnostic(Severity.ERROR, code, message, range));
	}

	private void warning(String code, String message, TextRange range) {
		diagnostics.add(new Diagnostic(Severity.WARNING, code, message, range));
	}
}

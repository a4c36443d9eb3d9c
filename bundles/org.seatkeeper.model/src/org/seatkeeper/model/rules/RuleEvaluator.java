package org.seatkeeper.model.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.seatkeeper.model.ast.Action;
import org.seatkeeper.model.ast.DictionaryEntry;
import org.seatkeeper.model.ast.Matcher;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Rule;

/**
 * Decides which pools a request may use, by the rules of a model.
 *
 * <p>Documented behaviour it follows: rules are tried in order; {@code use} names pools in order;
 * {@code accept} grants them and stops, {@code deny} refuses and stops, {@code continue} keeps the pools
 * and goes on; when no rule ends the evaluation the model behaves as if it ended with
 * {@code on any() { use "default" accept }}. The parameters of {@code hostid(...)} are alternatives; a
 * hostid without {@code /TYPE} has type STRING; a dictionary array value matches if one element does;
 * {@code "~/REGEX/"} is a regular expression; {@code not} and {@code !} negate one condition.
 *
 * <p>Choices where the reference is silent:
 * <ul>
 * <li>{@code and} binds tighter than {@code or}.</li>
 * <li>The parameters of every condition are alternatives, as for {@code hostid}: {@code dictionary("a":"1",
 * "b":"2")} holds if either entry does.</li>
 * <li>A regular expression (Java syntax) must match the whole value.</li>
 * <li>Hostid values and types, and host names, are compared without regard to case; host types,
 * dictionary keys and values exactly. An integer dictionary value equals a parameter with the same
 * number.</li>
 * <li>A rule without an action accepts; {@code accept} with no pools named so far grants the default
 * pool; a pool named twice counts once.</li>
 * <li>A condition with an invalid regular expression never holds (the validator reports it).</li>
 * </ul>
 */
public final class RuleEvaluator {

	private static final Pattern NEVER = Pattern.compile("(?!)");

	private final ModelDefinition model;
	private final Map<String, Pattern> patterns = new HashMap<>();

	public RuleEvaluator(ModelDefinition model) {
		this.model = model;
	}

	/** The decision for {@code request}. */
	public Decision evaluate(Request request) {
		Set<String> pools = new LinkedHashSet<>();
		List<Rule> matched = new ArrayList<>();
		for (Rule rule : model.rules()) {
			if (!holds(rule, request)) {
				continue;
			}
			matched.add(rule);
			rule.use().forEach(pool -> pools.add(pool.value()));
			switch (rule.effectiveAction()) {
			case DENY:
				return new Decision(false, List.of(), rule, matched);
			case ACCEPT:
				if (pools.isEmpty()) {
					pools.add("default");
				}
				return new Decision(true, List.copyOf(pools), rule, matched);
			case CONTINUE:
				break;
			}
		}
		pools.add("default");
		return new Decision(true, List.copyOf(pools), null, matched);
	}

	/** True if the condition of {@code rule} holds for {@code request}. */
	public boolean holds(Rule rule, Request request) {
		return rule.condition().alternatives().stream()
				.anyMatch(group -> group.stream().allMatch(matcher -> holds(matcher, request)));
	}

	private boolean holds(Matcher matcher, Request request) {
		boolean holds = switch (matcher.kind()) {
		case ANY -> true;
		case HOSTID -> matcher.values().stream().anyMatch(value -> hostId(value, request.hostIds()));
		case HOSTNAME -> matcher.values().stream()
				.anyMatch(value -> value.isRegex() ? regex(value).matcher(request.hostName()).matches()
						: value.value().equalsIgnoreCase(request.hostName()));
		case HOSTTYPE -> matcher.values().stream().anyMatch(value -> text(value, request.hostType()));
		case DICTIONARY -> matcher.entries().stream().anyMatch(entry -> dictionary(entry, request.dictionary()));
		};
		return holds != matcher.negated();
	}

	private boolean hostId(Name parameter, List<HostId> hostIds) {
		if (parameter.isRegex()) {
			Pattern pattern = regex(parameter);
			return hostIds.stream().anyMatch(h -> pattern.matcher(h.value()).matches());
		}
		HostId wanted = HostId.parse(parameter.value());
		return hostIds.stream()
				.anyMatch(h -> h.value().equalsIgnoreCase(wanted.value()) && h.type().equalsIgnoreCase(wanted.type()));
	}

	private boolean dictionary(DictionaryEntry entry, Map<String, VendorValue> dictionary) {
		if (entry.key() == null || entry.value() == null) {
			return false;
		}
		return Optional.ofNullable(dictionary.get(entry.key().value())).map(value -> value(entry.value(), value)).orElse(false);
	}

	private boolean value(Name parameter, VendorValue value) {
		return switch (value) {
		case VendorValue.Text text -> text(parameter, text.value());
		case VendorValue.Int number -> parameter.isRegex() ? text(parameter, Integer.toString(number.value()))
				: isNumber(parameter.value(), number.value());
		case VendorValue.Array array -> array.elements().stream().anyMatch(element -> value(parameter, element));
		};
	}

	private static boolean isNumber(String text, int number) {
		try {
			return Long.parseLong(text.trim()) == number;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private boolean text(Name parameter, String value) {
		return parameter.isRegex() ? regex(parameter).matcher(value).matches() : parameter.value().equals(value);
	}

	private Pattern regex(Name parameter) {
		return patterns.computeIfAbsent(parameter.regex(), regex -> {
			try {
				return Pattern.compile(regex);
			} catch (PatternSyntaxException e) {
				return NEVER;
			}
		});
	}

	/** The action keyword a decision ended with, for messages. */
	public static String describe(Decision decision) {
		Action.Kind kind = decision.rule() == null ? Action.Kind.ACCEPT : decision.rule().effectiveAction();
		return kind.keyword();
	}
}

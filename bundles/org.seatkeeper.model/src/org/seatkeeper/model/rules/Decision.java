package org.seatkeeper.model.rules;

import java.util.List;
import java.util.Optional;

import org.seatkeeper.model.ast.Rule;

/**
 * What a model decides for a request.
 *
 * @param accepted true if the request may draw counts
 * @param pools    the pools it may draw from, in order; empty when denied
 * @param rule     the rule that ended the evaluation; null when no rule did and the built-in default rule
 *                 ({@code on any() { use "default" accept }}) applied
 * @param matched  the rules that matched, in order (those that continued and the last one)
 */
public record Decision(boolean accepted, List<String> pools, Rule rule, List<Rule> matched) {

	public Decision {
		pools = List.copyOf(pools);
		matched = List.copyOf(matched);
	}

	public Optional<Rule> decidingRule() {
		return Optional.ofNullable(rule);
	}
}

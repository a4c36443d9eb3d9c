package org.seatkeeper.model.rules;

import java.util.List;
import java.util.Optional;

import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Rule;
import org.seatkeeper.model.ast.ServerSpecified;

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

	/**
	 * The pools in the order a server uses them: the order of the model's {@code partitions} block, the
	 * default pool last. The admin guide says pools are used "in the order … specified in the model
	 * definition (starting from the top)", and its examples fit the {@code partitions} order rather than the
	 * order of {@code use} (an [I] reading, API.md).
	 */
	public List<String> servingOrder(ModelDefinition model) {
		List<String> defined = model.poolList().stream().map(Pool::name).filter(java.util.Objects::nonNull).map(n -> n.value())
				.toList();
		return pools.stream().sorted(java.util.Comparator.comparingInt(pool -> {
			int index = defined.indexOf(pool);
			return index < 0 ? Integer.MAX_VALUE : index;
		})).toList();
	}

	/**
	 * The {@code without requested features} block that applies when the request asks for no features: the
	 * one of the last matching rule that has one ([I]: the deciding rule's, or a {@code continue} rule's
	 * before it); empty when the request is denied or no matching rule has one.
	 */
	public Optional<ServerSpecified> serverSpecified() {
		if (!accepted) {
			return Optional.empty();
		}
		for (int i = matched.size() - 1; i >= 0; i--) {
			if (matched.get(i).serverSpecified() != null) {
				return Optional.of(matched.get(i).serverSpecified());
			}
		}
		return Optional.empty();
	}
}

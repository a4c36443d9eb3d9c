package org.seatkeeper.model.ast;

import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * A rule of access: {@code on CONDITION { [use "p1", ...] [without requested features {...}] [action] }}.
 *
 * @param condition       the condition
 * @param use             the pools named by {@code use}, in order; empty without {@code use}
 * @param serverSpecified the {@code without requested features} block; null when there is none
 * @param action          the action; null when the rule names none, which Seatkeeper reads as
 *                        {@code accept} (see {@link #effectiveAction()})
 * @param range           from {@code on} to the closing brace
 */
public record Rule(Condition condition, List<Name> use, ServerSpecified serverSpecified, Action action,
		TextRange range) implements Node {

	public Rule {
		Objects.requireNonNull(condition, "condition");
		use = List.copyOf(use);
		Objects.requireNonNull(range, "range");
	}

	/**
	 * The action, with {@code accept} for a rule that names none. The reference shows the action as
	 * optional but does not say what its absence means; a rule that names pools and no action is most
	 * naturally read as "give these pools", and the validator warns so that the author writes it out.
	 */
	public Action.Kind effectiveAction() {
		return action == null ? Action.Kind.ACCEPT : action.kind();
	}
}

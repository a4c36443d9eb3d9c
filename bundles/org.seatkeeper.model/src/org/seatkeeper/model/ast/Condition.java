package org.seatkeeper.model.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.seatkeeper.model.TextRange;

/**
 * The condition of a rule: matchers joined by {@code and}/{@code &&} and {@code or}/{@code ||}, written as
 * a flat chain (the language has no grouping parentheses). {@code and} binds tighter than {@code or}, so
 * {@code a or b and c} means {@code a or (b and c)}; see {@link #alternatives()}.
 *
 * @param matchers  the matchers in order; may be empty if the condition is missing
 * @param operators the operator between {@code matchers[i]} and {@code matchers[i+1]}; one fewer than
 *                  the matchers
 * @param range     the whole condition
 */
public record Condition(List<Matcher> matchers, List<Operator> operators, TextRange range) implements Node {

	/** The two connectives. */
	public enum Operator {
		AND, OR
	}

	public Condition {
		matchers = List.copyOf(matchers);
		operators = List.copyOf(operators);
		Objects.requireNonNull(range, "range");
		if (!matchers.isEmpty() && operators.size() != matchers.size() - 1) {
			throw new IllegalArgumentException(matchers.size() + " matchers need " + (matchers.size() - 1) + " operators");
		}
	}

	/**
	 * The condition in disjunctive form: it holds when, for one of the returned groups, every matcher of
	 * the group holds.
	 */
	public List<List<Matcher>> alternatives() {
		List<List<Matcher>> groups = new ArrayList<>();
		List<Matcher> group = new ArrayList<>();
		for (int i = 0; i < matchers.size(); i++) {
			if (i > 0 && operators.get(i - 1) == Operator.OR) {
				groups.add(List.copyOf(group));
				group.clear();
			}
			group.add(matchers.get(i));
		}
		if (!group.isEmpty()) {
			groups.add(List.copyOf(group));
		}
		return List.copyOf(groups);
	}

	/** True if every request satisfies the condition, e.g. {@code any()} or {@code hostid("h") or any()}. */
	public boolean isAlwaysTrue() {
		return alternatives().stream().anyMatch(group -> group.stream().allMatch(Matcher::isAlwaysTrue));
	}
}

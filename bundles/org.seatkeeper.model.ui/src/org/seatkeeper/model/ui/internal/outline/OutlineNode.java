package org.seatkeeper.model.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;

import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.TextRange;
import org.seatkeeper.model.ast.Action;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.Matcher;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Rule;

/**
 * One line of the outline: the model, its pools with their features, and its rules with their
 * conditions, uses and actions; each with the range it stands for in the text.
 *
 * @param kind     what it is
 * @param label    what the outline shows
 * @param range    where it is in the text
 * @param children what it holds
 */
public record OutlineNode(Kind kind, String label, TextRange range, List<OutlineNode> children) {

	public enum Kind {
		MODEL, POOLS, POOL, FEATURE, RULE, CONDITION, USE, ACTION
	}

	private static final int MAX_LABEL = 80;

	public OutlineNode {
		children = List.copyOf(children);
	}

	/** The outline of {@code analysis}: the model's node, or none when there is no model. */
	public static List<OutlineNode> of(ModelAnalysis analysis) {
		ModelDefinition model = analysis.model();
		if (model == null || model.name() == null && model.pools() == null && model.rules().isEmpty()) {
			return List.of();
		}
		String text = analysis.text();
		List<OutlineNode> children = new ArrayList<>();
		if (model.pools() != null) {
			List<OutlineNode> pools = new ArrayList<>();
			for (Pool pool : model.poolList()) {
				List<OutlineNode> features = new ArrayList<>();
				for (FeatureSpec feature : pool.features()) {
					features.add(new OutlineNode(Kind.FEATURE, source(text, feature.range()), feature.range(), List.of()));
				}
				pools.add(new OutlineNode(Kind.POOL, "partition " + name(pool.name()), pool.range(), features));
			}
			children.add(new OutlineNode(Kind.POOLS, "partitions", model.pools().range(), pools));
		}
		for (Rule rule : model.rules()) {
			List<OutlineNode> parts = new ArrayList<>();
			if (rule.condition() != null) {
				for (Matcher matcher : rule.condition().matchers()) {
					parts.add(new OutlineNode(Kind.CONDITION, source(text, matcher.range()), matcher.range(), List.of()));
				}
			}
			for (Name use : rule.use()) {
				parts.add(new OutlineNode(Kind.USE, "use " + name(use), use.range(), List.of()));
			}
			Action action = rule.action();
			if (action != null) {
				parts.add(new OutlineNode(Kind.ACTION, source(text, action.range()), action.range(), List.of()));
			}
			String condition = rule.condition() == null ? "" : source(text, rule.condition().range());
			parts.sort((a, b) -> Integer.compare(a.range().offset(), b.range().offset()));
			children.add(new OutlineNode(Kind.RULE, "on " + condition, rule.range(), parts));
		}
		return List.of(new OutlineNode(Kind.MODEL, "model " + name(model.name()), model.range(), children));
	}

	private static String name(Name name) {
		return name == null ? "(unnamed)" : "\"" + name.value() + "\"";
	}

	private static String source(String text, TextRange range) {
		int end = Math.min(text.length(), range.end());
		String line = text.substring(Math.min(range.offset(), end), end).replaceAll("\\s+", " ").trim();
		return line.length() <= MAX_LABEL ? line : line.substring(0, MAX_LABEL - 1) + "\u2026";
	}

	/** The deepest node of {@code nodes} whose range holds {@code offset}, or null. */
	public static OutlineNode at(List<OutlineNode> nodes, int offset) {
		OutlineNode node = null;
		List<OutlineNode> level = nodes;
		for (int index : pathAt(nodes, offset)) {
			node = level.get(index);
			level = node.children();
		}
		return node;
	}

	/** The indexes from the top to the deepest node whose range holds {@code offset}; empty if none does. */
	public static List<Integer> pathAt(List<OutlineNode> nodes, int offset) {
		List<Integer> path = new ArrayList<>();
		List<OutlineNode> level = nodes;
		boolean found = true;
		while (found) {
			found = false;
			for (int i = 0; i < level.size(); i++) {
				OutlineNode node = level.get(i);
				if (offset >= node.range().offset() && offset <= node.range().end()) {
					path.add(i);
					level = node.children();
					found = true;
					break;
				}
			}
		}
		return path;
	}
}

package org.seatkeeper.model.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Rule;

/**
 * What a hover shows at a place in a model definition: the problems there, and for a pool name used
 * in a rule, that pool's definition. Headless and pure.
 */
public final class ModelHovers {

	private ModelHovers() {
	}

	/** The hover text at {@code offset}, or empty when there is nothing to say. */
	public static Optional<String> at(String text, int offset) {
		ModelAnalysis analysis = ModelAnalysis.of(text);
		List<String> parts = new ArrayList<>();
		for (Diagnostic diagnostic : analysis.diagnostics()) {
			int start = diagnostic.range().offset();
			int end = Math.max(diagnostic.range().end(), start + 1);
			if (offset >= start && offset < end) {
				parts.add(diagnostic.severity().name().charAt(0) + diagnostic.severity().name().substring(1).toLowerCase(java.util.Locale.ROOT)
						+ ": " + diagnostic.message());
			}
		}
		ModelDefinition model = analysis.model();
		if (model != null) {
			for (Rule rule : model.rules()) {
				for (Name use : rule.use()) {
					if (contains(use, offset)) {
						parts.add(poolText(text, model, use.value()));
					}
				}
			}
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
	}

	private static boolean contains(Name name, int offset) {
		return offset >= name.range().offset() && offset < name.range().end();
	}

	private static String poolText(String text, ModelDefinition model, String name) {
		if (name.equals("default")) {
			return "Pool \"default\": every count that the named pools do not take.";
		}
		Optional<Pool> pool = model.pool(name);
		if (pool.isEmpty()) {
			return "Pool \"" + name + "\" is not defined in this model.";
		}
		Pool found = pool.get();
		return text.substring(found.range().offset(), found.range().end());
	}
}

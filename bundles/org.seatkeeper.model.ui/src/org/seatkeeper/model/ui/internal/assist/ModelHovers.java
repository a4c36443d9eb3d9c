package org.seatkeeper.model.ui.internal.assist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.allocation.AllocationPreview;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.allocation.LineAllocation;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.allocation.Slice;
import org.seatkeeper.model.ast.FeatureSpec;
import org.seatkeeper.model.ast.ModelDefinition;
import org.seatkeeper.model.ast.Name;
import org.seatkeeper.model.ast.Node;
import org.seatkeeper.model.ast.Pool;
import org.seatkeeper.model.ast.Rule;
import org.seatkeeper.model.ui.internal.server.ModelServers.Snapshot;

/**
 * What a hover shows at a place in a model definition: the problems there; for a pool name used in a
 * rule, that pool's definition; and, when a server is connected, for a feature line its records on the
 * server and, in a pool, what the pool would receive if the model were applied now. Pure: the server's
 * records are given.
 */
public final class ModelHovers {

	private ModelHovers() {
	}

	/** The hover text at {@code offset}, or empty when there is nothing to say. */
	public static Optional<String> at(String text, int offset) {
		return at(text, offset, null, LocalDate.now());
	}

	/**
	 * The hover text at {@code offset}, with what {@code server} (null when none is connected) says of a
	 * feature line there, as of {@code today}.
	 */
	public static Optional<String> at(String text, int offset, Snapshot server, LocalDate today) {
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
				if (server != null && rule.serverSpecified() != null) {
					for (FeatureSpec line : rule.serverSpecified().features()) {
						if (contains(line, offset) && line.feature() != null) {
							parts.add(serverRecords(server, line.feature().value(), today));
						}
					}
				}
			}
			if (server != null) {
				for (Pool pool : model.poolList()) {
					for (FeatureSpec line : pool.features()) {
						if (contains(line, offset) && line.feature() != null) {
							parts.add(serverRecords(server, line.feature().value(), today));
							if (server.problem() == null && pool.name() != null) {
								allocation(model, server, pool.name().value(), line, today).ifPresent(parts::add);
							}
						}
					}
				}
			}
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
	}

	private static boolean contains(Node node, int offset) {
		return offset >= node.range().offset() && offset < node.range().end();
	}

	/** The records of {@code name} on the server, one line each, or why the server could not tell. */
	static String serverRecords(Snapshot server, String name, LocalDate today) {
		if (server.problem() != null) {
			return NLS.bind(Messages.Hover_unasked, server.server(), server.problem());
		}
		List<ServerFeature> records = server.features().stream().filter(f -> f.name().equals(name))
				.sorted(Comparator.comparing(ServerFeature::version).thenComparing(ServerFeature::id)).toList();
		if (records.isEmpty()) {
			return NLS.bind(Messages.Hover_noFeature, server.server(), name);
		}
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Hover_records, name, server.server()));
		for (ServerFeature record : records) {
			text.append("\n  ").append(record.version()).append(": ").append(counts(record.count()))
					.append(", ").append(record.isPermanent() ? Messages.Hover_permanent : NLS.bind(Messages.Hover_until, record.expiry()));
			if (record.startDate() != null && record.startDate().isAfter(today)) {
				text.append(", ").append(NLS.bind(Messages.Hover_notBefore, record.startDate()));
			}
			record.vendorStringIfAny().filter(v -> !v.isEmpty()).ifPresent(v -> text.append(", ").append(NLS.bind(Messages.Hover_vendorString, v)));
			text.append(' ').append(NLS.bind(Messages.Hover_record, record.id()));
		}
		return text.toString();
	}

	/** What the line of {@code pool} would receive if the model were applied on {@code today}. */
	static Optional<String> allocation(ModelDefinition model, Snapshot server, String pool, FeatureSpec line, LocalDate today) {
		if (!line.isComplete() || line.version().value().isEmpty()) {
			return Optional.empty();
		}
		AllocationPreview preview = Allocator.preview(model, server.features(), today);
		Optional<LineAllocation> found = preview.pool(pool).stream().flatMap(p -> p.lines().stream())
				.filter(l -> l.line().range().equals(line.range())).findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		LineAllocation allocation = found.get();
		StringBuilder text = new StringBuilder(allocation.shortfall() > 0
				? NLS.bind(Messages.Hover_wouldReceiveShort, new Object[] { pool, counts(allocation.obtained()), allocation.computed(),
						allocation.requested(), allocation.shortfall() })
				: NLS.bind(Messages.Hover_wouldReceive, new Object[] { pool, counts(allocation.obtained()), allocation.requested() }));
		if (!allocation.slices().isEmpty()) {
			List<String> slices = new java.util.ArrayList<>();
			for (Slice slice : allocation.slices()) {
				slices.add(NLS.bind(Messages.Hover_slice, new Object[] { slice.count(), slice.feature().version(), slice.feature().id() }));
			}
			text.append(", ").append(NLS.bind(Messages.Hover_takenFrom, String.join(", ", slices)));
		}
		text.append('.');
		return Optional.of(text.toString());
	}

	private static String counts(long count) {
		return count == 1 ? Messages.Hover_oneCount : NLS.bind(Messages.Hover_counts, count);
	}

	private static String poolText(String text, ModelDefinition model, String name) {
		if (name.equals("default")) {
			return Messages.Hover_defaultPool;
		}
		Optional<Pool> pool = model.pool(name);
		if (pool.isEmpty()) {
			return NLS.bind(Messages.Hover_undefinedPool, name);
		}
		Pool found = pool.get();
		return text.substring(found.range().offset(), found.range().end());
	}
}

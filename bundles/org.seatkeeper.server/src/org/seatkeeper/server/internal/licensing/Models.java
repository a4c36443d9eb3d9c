package org.seatkeeper.server.internal.licensing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.seatkeeper.model.Diagnostic;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ModelValidator;
import org.seatkeeper.model.Severity;
import org.seatkeeper.model.allocation.AllocationPreview;
import org.seatkeeper.model.allocation.Allocator;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.server.internal.state.Records.ActiveModel;
import org.seatkeeper.server.internal.state.Records.FeatureRecord;
import org.seatkeeper.server.internal.state.Records.PoolRecord;
import org.seatkeeper.server.internal.state.ServerData;

/**
 * Model definitions: validates an upload with the model core and computes its pools with the same
 * allocation the editor previews; counts in use stay with the pools they came from ({@link Pools}).
 */
public final class Models {

	private Models() {
	}

	/** The model {@code text} applied at {@code now}, or a refusal with the documented error. */
	public static ActiveModel apply(ServerData state, byte[] body, Instant now) {
		if (body.length > ModelValidator.MAX_BYTES) {
			throw new Refusal(Refusal.Reason.TOO_LARGE, "glsErr.modelTooLarge", String.format(
					"The model definition is %,d bytes; the server accepts at most 900 KB (%,d bytes)", body.length, ModelValidator.MAX_BYTES));
		}
		if (!state.groups.isEmpty()) {
			throw new Refusal(Refusal.Reason.CONFLICT, "glsErr.reservationsExist",
					"Reservations and named license pools cannot be used together: delete the reservation groups first");
		}
		String text = new String(body, StandardCharsets.UTF_8);
		ModelAnalysis analysis = ModelAnalysis.of(text);
		List<Diagnostic> errors = analysis.diagnostics(Severity.ERROR);
		if (!errors.isEmpty()) {
			List<String> messages = errors.stream().map(d -> d.range().position() + ": " + d.message()).toList();
			throw new Refusal(Refusal.Reason.INVALID, "glsErr.invalidModel", "Invalid model posted, " + messages.get(0)
					+ (messages.size() > 1 ? " (and " + (messages.size() - 1) + " more)" : ""), messages.toArray(String[]::new));
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<ServerFeature, FeatureRecord> records = new IdentityHashMap<>();
		List<ServerFeature> features = new ArrayList<>();
		for (FeatureRecord record : state.features.values()) {
			if (record.uncounted()) {
				continue;
			}
			ServerFeature feature = Pools.feature(record);
			records.put(feature, record);
			features.add(feature);
		}
		AllocationPreview preview = Allocator.preview(analysis.model(), features, today);
		List<PoolRecord> pools = Pools.apply(state, preview, records, now);
		String name = analysis.model().name() == null ? "" : analysis.model().name().value();
		return new ActiveModel(name, text, now, pools);
	}
}

package org.seatkeeper.history.collector;

import java.util.List;
import java.util.Optional;

import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.history.Sample;

/**
 * What one server said in one round: the sample the history keeps, and what the alert rules look at besides.
 *
 * @param records  its feature records (empty when it did not answer)
 * @param overages the records whose counts are overdrawn, when it lists them
 * @param pools    its named license pools, when it has them
 */
public record Reading(ServerEntry server, Sample sample, List<Feature> records, Optional<List<Feature>> overages, Optional<List<Pool>> pools) {

	public Reading {
		records = List.copyOf(records);
	}

	/** A server that did not answer, or could not be read. */
	static Reading failed(ServerEntry server, Sample.Down sample) {
		return new Reading(server, sample, List.of(), Optional.empty(), Optional.empty());
	}

	/** Whether it answered. */
	public boolean up() {
		return sample instanceof Sample.Up;
	}
}

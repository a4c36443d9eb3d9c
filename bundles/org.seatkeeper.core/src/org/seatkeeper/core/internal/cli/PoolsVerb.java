package org.seatkeeper.core.internal.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.seatkeeper.cli.CommandLines;
import org.seatkeeper.cli.UsageException;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.PoolSlice;

import picocli.CommandLine.Command;

/**
 * {@code seatkeeper admin pools}: the license pools and what each holds. A server without the pools part
 * gets its default pool made from the feature records, and the line under the table says so.
 */
@Command(name = "pools", description = "License pools and what each holds.")
final class PoolsVerb extends AdminVerb implements Callable<Integer> {

	@Override
	public Integer call() throws ServerException, UsageException {
		OptionalParts parts = new OptionalParts();
		List<Pool> pools = client().pools(parts, monitor());
		if (json()) {
			printJson(pools);
			return CommandLines.OK;
		}
		TextTable table = new TextTable("Pool", "Feature", "Version", "Expiration", "Allocated", "Used", "Requested", "Status");
		for (Pool pool : pools) {
			if (pool.slices().isEmpty()) {
				table.row(pool.name(), "", "", "", 0, 0, "", "");
			}
			for (PoolSlice slice : pool.slices()) {
				table.row(pool.name() + (pool.isDefault() ? " (default)" : pool.deleted() ? " (deleted, in use)" : ""),
						slice.featureName(), slice.featureVersion(), slice.expiry(), slice.allocated(), slice.used(),
						slice.requested(), slice.status());
			}
		}
		table.print(out());
		out().println("Total number of pools : " + pools.size());
		missing(parts, part -> part == ApiPart.POOLS && !parts.isMissing(ApiPart.MODEL) && pools.isEmpty()
				? "a model is applied, so its pools cannot be made from the feature records"
				: part == ApiPart.POOLS ? "the default pool is made from the feature records" : null);
		return CommandLines.OK;
	}
}

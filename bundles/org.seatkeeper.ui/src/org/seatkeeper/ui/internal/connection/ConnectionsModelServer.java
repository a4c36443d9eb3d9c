package org.seatkeeper.ui.internal.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.model.FeatureVersion;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.ui.ModelServer;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * The server the views administer, offered to the model-definition editor (workbench service
 * {@link ModelServer}): its features for content assist and hovers once the views have connected, and
 * uploads. An upload tells the views, which reload.
 */
public final class ConnectionsModelServer implements ModelServer {

	private final ServerConnections connections;

	public ConnectionsModelServer(ServerConnections connections) {
		this.connections = connections;
	}

	@Override
	public Optional<String> connected() {
		return connections.isConnected() ? Optional.of(connections.describe()) : Optional.empty();
	}

	@Override
	public String describe() {
		return connections.describe();
	}

	@Override
	public List<ServerFeature> features(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			return records(connections.client(progress.split(1)).features(progress.split(1)));
		} catch (ServerException e) {
			throw failure(e);
		}
	}

	/** The records as the model's allocation sees them; a record whose version is not N.N is left out. */
	static List<ServerFeature> records(List<Feature> features) {
		List<ServerFeature> records = new ArrayList<>(features.size());
		for (Feature feature : features) {
			Optional<FeatureVersion> version = FeatureVersion.parse(feature.version());
			if (version.isPresent()) {
				records.add(new ServerFeature(Long.toString(feature.id()), feature.name(), version.get(), Math.max(0, feature.count()),
						feature.expiry().date(), feature.startDate(), feature.vendorString().isEmpty() ? null : feature.vendorString()));
			}
		}
		return records;
	}

	@Override
	public String upload(String definition, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			var client = connections.client(progress.split(1));
			ServerModel model = client.uploadModel(definition, progress.split(1));
			List<Pool> pools = client.pools(new OptionalParts(), progress.split(1)); // a server may not list them
			connections.serverChanged();
			List<String> names = pools.stream().map(Pool::name).toList();
			return names.isEmpty() ? NLS.bind(Messages.Connection_modelApplied, model.name())
					: NLS.bind(names.size() == 1 ? Messages.Connection_modelAppliedPool : Messages.Connection_modelAppliedPools, new Object[] {
							model.name(), names.size(), String.join(", ", names) });
		} catch (ServerException e) {
			throw failure(e);
		}
	}

	private static CoreException failure(ServerException e) {
		return new CoreException(new Status(IStatus.ERROR, SeatkeeperUi.PLUGIN_ID, ServerConnections.explain(e), e));
	}
}

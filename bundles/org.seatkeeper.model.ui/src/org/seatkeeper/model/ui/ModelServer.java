package org.seatkeeper.model.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.seatkeeper.model.allocation.ServerFeature;

/**
 * A license server that the model-definition editor may ask, offered by an application that manages
 * servers as a workbench service ({@code PlatformUI.getWorkbench().getService(ModelServer.class)};
 * Seatkeeper's views offer the server they administer). Without one, the editor works alone: content
 * assist and hovers know only the text, and "Upload to Server" is not shown.
 * <p>
 * {@link #features} and {@link #upload} block on the network: call them in a Job, never on the UI thread.
 */
public interface ModelServer {

	/**
	 * The server as shown to people, if the application is connected to it now. Never connects and never
	 * blocks: the editor only asks a server that is already in use for names and counts.
	 */
	Optional<String> connected();

	/** The server as shown to people, connected or not, e.g. for a confirmation before an upload. */
	String describe();

	/** The server's feature records. Connects if needed (which may ask for a login). */
	List<ServerFeature> features(IProgressMonitor monitor) throws CoreException;

	/**
	 * Sends {@code definition} for the server to apply. A refused definition leaves the server's model as it
	 * was; the exception then carries the server's reason.
	 *
	 * @return what the server now applies, in one sentence
	 */
	String upload(String definition, IProgressMonitor monitor) throws CoreException;
}

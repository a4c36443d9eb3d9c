package org.seatkeeper.ui.internal.pools;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * The model definition a license server applies, opened in the model-definition editor as a document
 * bound to that server: Save uploads it ({@link ServerModelSave}). One per server: opening it again shows
 * the editor already open, with its edits. Not kept between sessions (a server's model is asked anew).
 * Save As... writes a copy to a file, which the editor then shows (no longer bound to the server).
 */
public final class ServerModelInput implements IStorageEditorInput, IURIEditorInput {

	private final String server;
	private final String modelName;
	private volatile String applied;

	/**
	 * @param server    the server as shown to people, which also tells one server's input from another's
	 * @param modelName the model's name, or empty for a new model
	 * @param applied   the definition the server applies, or the template for a server without a model
	 */
	public ServerModelInput(String server, String modelName, String applied) {
		this.server = Objects.requireNonNull(server);
		this.modelName = modelName == null ? "" : modelName;
		this.applied = Objects.requireNonNull(applied);
	}

	/** The server this document is bound to, as shown to people. */
	public String server() {
		return server;
	}

	/** The definition the server applied when the document was opened or last uploaded (what Revert restores). */
	public String applied() {
		return applied;
	}

	/** Records that the server now applies {@code definition}. */
	void uploaded(String definition) {
		applied = definition;
	}

	@Override
	public IStorage getStorage() {
		return new Storage();
	}

	/**
	 * Not a file ({@code seatkeeper-model:SERVER}): so that File › Save As... asks for a file on disk (not a
	 * workspace folder), where a copy goes and which the editor then shows.
	 */
	@Override
	public URI getURI() {
		return URI.create("seatkeeper-model:" + URLEncoder.encode(server, StandardCharsets.UTF_8));
	}

	@Override
	public boolean exists() {
		return false; // not a file: left out of the list of recent editors
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.ServerModel_name, modelName.isEmpty() ? Messages.ServerModel_newModel : modelName, server);
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.ServerModel_tooltip, server);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == IStorage.class ? adapter.cast(getStorage()) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ServerModelInput input && input.server.equals(server);
	}

	@Override
	public int hashCode() {
		return server.hashCode();
	}

	/** The text as the editor reads it: UTF-8, named like a model file so that the editor knows its kind. */
	private final class Storage implements IEncodedStorage {
		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(applied.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public IPath getFullPath() {
			return null;
		}

		@Override
		public String getName() {
			return (modelName.isEmpty() ? "server" : modelName.replaceAll("[^\\w.-]", "_")) + ".model";
		}

		@Override
		public boolean isReadOnly() {
			return false;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}
}

package org.seatkeeper.ui.internal.files;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.osgi.service.prefs.BackingStoreException;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.jobs.SerialJob;

/**
 * The model files opened last, newest first, at most {@link #AT_MOST}, kept in the preferences between runs. Every
 * editor opened on a local {@code .model} file adds its file, however it was opened ({@link Recorder}).
 */
public final class RecentFiles {

	/** How many files File › Open Recent lists. */
	public static final int AT_MOST = 8;

	static final String KEY = "recentModelFiles";

	private static final SerialJob SAVING = new SerialJob("Saving the list of recent files");

	private final IEclipsePreferences node;

	RecentFiles(IEclipsePreferences node) {
		this.node = node;
	}

	/** The list in this workbench's preferences. */
	public static RecentFiles ofWorkbench() {
		return new RecentFiles(InstanceScope.INSTANCE.getNode(SeatkeeperUi.PLUGIN_ID));
	}

	/** The files, newest first. */
	public List<Path> list() {
		List<Path> files = new ArrayList<>();
		for (String line : node.get(KEY, "").split("\n")) {
			if (!line.isBlank()) {
				files.add(Path.of(line));
			}
		}
		return files;
	}

	/** Puts {@code file} first (once) and keeps {@link #AT_MOST}. */
	public void add(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		List<Path> files = new ArrayList<>(list());
		files.remove(absolute);
		files.add(0, absolute);
		save(files.subList(0, Math.min(AT_MOST, files.size())));
	}

	/** Takes {@code file} off the list (it was moved or deleted). */
	public void remove(Path file) {
		List<Path> files = new ArrayList<>(list());
		if (files.remove(file.toAbsolutePath().normalize())) {
			save(files);
		}
	}

	/** Keeps {@code files} as the list, and writes the preferences in the background. */
	private void save(List<Path> files) {
		node.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
		SAVING.run(() -> {
			try {
				node.flush();
			} catch (BackingStoreException e) {
				throw new IllegalStateException("The list of recent files could not be saved", e);
			}
		});
	}

	/** The local {@code .model} file an editor shows, or null. */
	static Path modelFileOf(IEditorInput input) {
		if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			if (uri != null && "file".equals(uri.getScheme()) && uri.getPath() != null && uri.getPath().endsWith(".model")) {
				return Path.of(uri);
			}
		}
		return null;
	}

	/** Adds the file of each model editor that opens in a window. */
	public static final class Recorder implements IPartListener2 {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart editor) {
				Path file = modelFileOf(editor.getEditorInput());
				if (file != null) {
					ofWorkbench().add(file);
				}
			}
		}
	}
}

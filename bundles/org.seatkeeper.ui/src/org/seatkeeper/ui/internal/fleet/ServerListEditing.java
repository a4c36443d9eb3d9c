package org.seatkeeper.ui.internal.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.seatkeeper.core.files.AtomicFiles;
import org.seatkeeper.core.files.LimitedFiles;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.core.fleet.ServerListException;
import org.seatkeeper.core.fleet.ServerListFile;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * The changes a person makes to the server list, the same from the License Servers view and the Settings
 * page: add, edit, duplicate, remove, move to a group, import and export. Each asks with a dialog, then
 * writes the list in a Job (under the list file's lock, merged with the command line's changes); a change
 * that cannot be made is said in a dialog where the person acted, and the list stays as it was.
 */
public final class ServerListEditing {

	private final FleetStatus status;
	private final ServerConnections fleet;
	private final Supplier<Shell> shell;
	private final Control owner;

	/**
	 * @param owner the control the outcome is for: nothing is shown once it is gone
	 */
	public ServerListEditing(FleetStatus status, Supplier<Shell> shell, Control owner) {
		this.status = status;
		this.fleet = status.fleet();
		this.shell = shell;
		this.owner = owner;
	}

	private ServerList list() {
		return fleet.list().orElse(ServerList.empty());
	}

	/** Adds a server, in {@code group} to start with (empty for none). */
	public void add(String group) {
		ServerEntry start = group.isEmpty() ? null : new ServerEntry("New server", "localhost:7070", group, "", "", false);
		ServerEntryDialog dialog = new ServerEntryDialog(shell.get(), Messages.Edit_addTitle, list(), start, null, status);
		if (dialog.open() == IDialogConstants.OK_ID) {
			ServerEntry added = dialog.result();
			change(NLS.bind(Messages.Edit_adding, added.name()), list -> list.add(added), Map.of());
		}
	}

	public void edit(ServerEntry entry) {
		ServerEntryDialog dialog = new ServerEntryDialog(shell.get(), NLS.bind(Messages.Edit_editTitle, entry.name()), list(), entry,
				entry.name(), status);
		if (dialog.open() == IDialogConstants.OK_ID) {
			ServerEntry changed = dialog.result();
			Map<String, String> renames = changed.name().equals(entry.name()) ? Map.of() : Map.of(entry.name(), changed.name());
			change(NLS.bind(Messages.Edit_changing, entry.name()), list -> list.replace(entry.name(), changed), renames);
		}
	}

	/** Adds a copy of {@code entry} under another name (the embedded server is in a list once, so it is not copied). */
	public void duplicate(ServerEntry entry) {
		if (entry.embedded()) {
			return;
		}
		ServerEntry copy = entry.withName(unique(list(), NLS.bind(Messages.Edit_copyName, entry.name())));
		ServerEntryDialog dialog = new ServerEntryDialog(shell.get(), NLS.bind(Messages.Edit_duplicateTitle, entry.name()), list(), copy,
				null, status);
		if (dialog.open() == IDialogConstants.OK_ID) {
			ServerEntry added = dialog.result();
			change(NLS.bind(Messages.Edit_adding, added.name()), list -> list.add(added), Map.of());
		}
	}

	static String unique(ServerList list, String wanted) {
		String base = wanted.length() > ServerEntry.MAX_NAME - 5 ? wanted.substring(0, ServerEntry.MAX_NAME - 5) : wanted;
		String name = base;
		for (int i = 2; list.find(name).isPresent(); i++) {
			name = base + " (" + i + ")";
		}
		return name;
	}

	public void remove(List<ServerEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		String what = entries.size() == 1 ? NLS.bind(Messages.Edit_removeOne, entries.get(0).name())
				: NLS.bind(Messages.Edit_removeMany, entries.size());
		if (!MessageDialog.openConfirm(shell.get(), Messages.Edit_removeTitle, what)) {
			return;
		}
		change(Messages.Edit_removing, list -> {
			ServerList fewer = list;
			for (ServerEntry entry : entries) {
				if (fewer.find(entry.name()).isPresent()) {
					fewer = fewer.remove(entry.name());
				}
			}
			return fewer;
		}, Map.of());
	}

	public void moveToGroup(List<ServerEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		GroupDialog dialog = new GroupDialog(shell.get(), list().groups(), entries.size() == 1 ? entries.get(0).group() : "");
		if (dialog.open() != IDialogConstants.OK_ID) {
			return;
		}
		String group = dialog.group();
		change(NLS.bind(Messages.Edit_moving, group), list -> {
			ServerList moved = list;
			for (ServerEntry entry : entries) {
				var now = moved.find(entry.name());
				if (now.isPresent()) {
					moved = moved.replace(entry.name(), now.get().withGroup(group));
				}
			}
			return moved;
		}, Map.of());
	}

	/** Imports a list exported from here or from the command line; servers of names in the list already are kept as they are. */
	public void importList() {
		FileDialog dialog = new FileDialog(shell.get(), SWT.OPEN);
		dialog.setText(Messages.Edit_importTitle);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			importFrom(Path.of(chosen));
		}
	}

	/** Imports the list in {@code file}, in a Job, and says what it added and kept, or why it imported nothing. */
	public void importFrom(Path file) {
		ServerList.Import[] result = new ServerList.Import[1];
		Background.work(Messages.Edit_importing, monitor -> {
			ServerList other;
			try {
				other = ServerList.parse(new String(LimitedFiles.read(file, ServerListFile.MAX_BYTES, "a server list"), StandardCharsets.UTF_8),
						file.toString());
				return fleet.change(list -> {
					result[0] = list.importing(other, false);
					return result[0].list();
				}, Map.of());
			} catch (ServerListException e) {
				throw new IOException(e.getMessage(), e);
			}
		}).deliverTo(owner).onSuccess(list -> MessageDialog.openInformation(shell.get(), Messages.Edit_importTitle,
				NLS.bind(result[0].added().size() == 1 ? Messages.Edit_importedOne : Messages.Edit_imported, new Object[] {
						result[0].added().size(), file.getFileName(),
						result[0].kept().isEmpty() ? "" : NLS.bind(Messages.Edit_importKept, String.join(", ", result[0].kept())) })))
				.onFailure(failure -> MessageDialog.openError(shell.get(), Messages.Edit_importTitle,
						NLS.bind(Messages.Edit_importFailed, file, failure.message())))
				.schedule();
	}

	public void exportList() {
		FileDialog dialog = new FileDialog(shell.get(), SWT.SAVE);
		dialog.setText(Messages.Edit_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		dialog.setFileName("servers.json");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		ServerList list = list();
		Background.work(Messages.Edit_exporting, monitor -> {
			AtomicFiles.write(file, list.toJson().getBytes(StandardCharsets.UTF_8));
			return file;
		}).deliverTo(owner).onFailure(failure -> MessageDialog.openError(shell.get(), Messages.Edit_exportTitle,
				NLS.bind(Messages.Edit_exportFailed, file, failure.message()))).schedule();
	}

	/** Writes a change of the list in a Job; a refusal or a file that cannot be written is said in a dialog. */
	private void change(String what, ServerListFile.Change change, Map<String, String> renames) {
		Background.work(what, monitor -> {
			try {
				return fleet.change(change, renames);
			} catch (ServerListException e) {
				throw new IOException(e.getMessage(), e);
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage(), e); // a name taken meanwhile by another process, say
			}
		}).deliverTo(owner).onSuccess(list -> status.refresh())
				.onFailure(failure -> MessageDialog.openError(shell.get(), Messages.Edit_failedTitle,
						NLS.bind(Messages.Edit_failed, what, failure.message())))
				.schedule();
	}
}

package org.seatkeeper.ui.internal.preferences;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.seatkeeper.core.fleet.ServerEntry;
import org.seatkeeper.core.fleet.ServerList;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.fleet.FleetStatus;
import org.seatkeeper.ui.internal.fleet.ServerListEditing;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * Settings: the server list (the one the License Servers view shows and the command line shares; its
 * changes are written at once, as there), which server is current, and how the views show records:
 * records per page, whether devices may be dropped, and automatic refresh.
 */
public class SettingsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The fields whose values are checked, in the order they are shown. */
	private final java.util.List<StringFieldEditor> checked = new java.util.ArrayList<>();
	private ServerConnections fleet;
	private TableViewer servers;
	private ServerListEditing editing;
	private final Runnable fleetListener = () -> Background.inUi(servers.getControl(), this::showList);

	public SettingsPreferencePage() {
		super(GRID);
		setDescription(Messages.SettingsPage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SeatkeeperUi.PLUGIN_ID));
		fleet = workbench.getService(ServerConnections.class);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(page);
		createServerList(page);
		Control fields = super.createContents(page);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
		return page;
	}

	private void createServerList(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText(Messages.SettingsPage_servers);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		Label note = new Label(group, SWT.WRAP);
		note.setText(NLS.bind(Messages.SettingsPage_serversNote, fleet.listFile().path()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		servers = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		servers.getTable().setData("name", "serverList");
		servers.getTable().setHeaderVisible(true);
		servers.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.SettingsPage_name, 170, e -> e.name() + (e.name().equalsIgnoreCase(fleet.currentName()) ? Messages.SettingsPage_current : ""));
		column(Messages.SettingsPage_group, 90, ServerEntry::group);
		column(Messages.SettingsPage_address, 180, e -> e.embedded() ? Messages.SettingsPage_embedded : e.url());
		GridDataFactory.fillDefaults().grab(true, true).hint(440, 140).applyTo(servers.getTable());
		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		editing = new ServerListEditing(FleetStatus.of(org.eclipse.ui.PlatformUI.getWorkbench()), this::getShell, servers.getControl());
		button(buttons, Messages.SettingsPage_add, "add", () -> editing.add(""), false);
		button(buttons, Messages.SettingsPage_edit, "edit", () -> one().ifPresent(editing::edit), true);
		button(buttons, Messages.SettingsPage_duplicate, "duplicate", () -> one().filter(e -> !e.embedded()).ifPresent(editing::duplicate), true);
		button(buttons, Messages.SettingsPage_remove, "remove", () -> editing.remove(selected()), true);
		button(buttons, Messages.SettingsPage_makeCurrent, "makeCurrent", () -> one().ifPresent(e -> {
			fleet.setCurrent(e.name());
			servers.refresh();
		}), true);
		button(buttons, Messages.SettingsPage_import, "import", editing::importList, false);
		button(buttons, Messages.SettingsPage_export, "export", editing::exportList, false);
		servers.addDoubleClickListener(event -> one().ifPresent(editing::edit));
		servers.addSelectionChangedListener(event -> updateButtons(buttons));
		fleet.addFleetListener(fleetListener);
		servers.getControl().addDisposeListener(e -> fleet.removeFleetListener(fleetListener));
		showList();
		updateButtons(buttons);
	}

	private void column(String title, int width, java.util.function.Function<ServerEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(servers, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ServerEntry) element);
			}
		});
	}

	private static void button(Composite parent, String text, String name, Runnable action, boolean needsSelection) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData("name", name);
		button.setData("needsSelection", needsSelection);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
	}

	private void updateButtons(Composite buttons) {
		int count = selected().size();
		for (Control control : buttons.getChildren()) {
			if (Boolean.TRUE.equals(control.getData("needsSelection"))) {
				String name = (String) control.getData("name");
				control.setEnabled(name.equals("remove") ? count > 0
						: name.equals("duplicate") ? count == 1 && !selected().get(0).embedded() : count == 1);
			}
		}
	}

	private void showList() {
		servers.setInput(fleet.list().map(ServerList::entries).orElse(List.of()));
	}

	private List<ServerEntry> selected() {
		return servers.getStructuredSelection().toList().stream().map(ServerEntry.class::cast).toList();
	}

	private java.util.Optional<ServerEntry> one() {
		List<ServerEntry> chosen = selected();
		return chosen.size() == 1 ? java.util.Optional.of(chosen.get(0)) : java.util.Optional.empty();
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		String most = String.format(Locale.ROOT, "%,d", ConnectionSettings.MAX_PAGE_SIZE);
		IntegerFieldEditor pageSize = new IntegerFieldEditor(ConnectionSettings.PAGE_SIZE, NLS.bind(Messages.SettingsPage_pageSize, most),
				parent, 7);
		pageSize.setValidRange(0, ConnectionSettings.MAX_PAGE_SIZE);
		pageSize.setErrorMessage(NLS.bind(Messages.SettingsPage_pageSizeInvalid, most));
		addField(pageSize);
		addField(new BooleanFieldEditor(ConnectionSettings.ALLOW_DEVICE_DROP, Messages.SettingsPage_allowDrop, parent));
		IntegerFieldEditor refresh = new IntegerFieldEditor(ConnectionSettings.AUTO_REFRESH,
				Messages.SettingsPage_refresh, parent, 6);
		refresh.setValidRange(0, 86_400);
		refresh.setErrorMessage(Messages.SettingsPage_refreshInvalid);
		addField(refresh);
		checked.addAll(java.util.List.of(pageSize, refresh));
	}

	/**
	 * Keeps the message of a field that is still wrong: a field that becomes right clears the page's
	 * message, even when another field it did not show is wrong too.
	 */
	@Override
	protected void checkState() {
		super.checkState();
		if (!isValid() && getErrorMessage() == null) {
			checked.stream().filter(field -> !field.isValid()).findFirst().ifPresent(field -> setErrorMessage(field.getErrorMessage()));
		}
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		try {
			((ScopedPreferenceStore) getPreferenceStore()).save();
		} catch (java.io.IOException e) {
			setErrorMessage(NLS.bind(Messages.SettingsPage_notSaved, e.getMessage()));
			return false;
		}
		return ok;
	}
}

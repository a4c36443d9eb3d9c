package org.seatkeeper.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ConnectionSettings;

/**
 * Settings: which license server the views administer (the embedded demo server or a host and port, over
 * HTTP or HTTPS), records per page, whether devices may be dropped, and automatic refresh. They can be
 * changed while the server is unreachable; the views reconnect when they are applied.
 */
public class SettingsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private static final String EMBEDDED = "true";
	private static final String REMOTE = "false";

	private RadioGroupFieldEditor server;
	private StringFieldEditor host;
	private IntegerFieldEditor port;
	private BooleanFieldEditor https;
	/** The fields whose values are checked, in the order they are shown. */
	private final java.util.List<StringFieldEditor> checked = new java.util.ArrayList<>();

	public SettingsPreferencePage() {
		super(GRID);
		setDescription(Messages.SettingsPage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SeatkeeperUi.PLUGIN_ID));
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		server = new RadioGroupFieldEditor(ConnectionSettings.EMBEDDED, Messages.SettingsPage_server, 1,
				new String[][] { { Messages.SettingsPage_embedded, EMBEDDED },
						{ Messages.SettingsPage_remote, REMOTE } },
				parent, true);
		addField(server);
		host = new StringFieldEditor(ConnectionSettings.HOST, Messages.SettingsPage_host, parent);
		host.setEmptyStringAllowed(false);
		host.setErrorMessage(Messages.SettingsPage_hostMissing);
		addField(host);
		port = new IntegerFieldEditor(ConnectionSettings.PORT, Messages.SettingsPage_port, parent, 5);
		port.setValidRange(1, 65535);
		port.setErrorMessage(Messages.SettingsPage_portInvalid);
		addField(port);
		https = new BooleanFieldEditor(ConnectionSettings.HTTPS, Messages.SettingsPage_https, parent);
		addField(https);
		String most = String.format("%,d", ConnectionSettings.MAX_PAGE_SIZE);
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
		checked.addAll(java.util.List.of(host, port, pageSize, refresh));
	}

	/**
	 * Keeps the message of a field that is still wrong: a field that becomes right clears the page's
	 * message, even when another field it did not show is wrong too.
	 */
	@Override
	protected void checkState() {
		super.checkState();
		if (!isValid() && getErrorMessage() == null) {
			checked.stream().filter(field -> field.getTextControl(getFieldEditorParent()).isEnabled() && !field.isValid()).findFirst()
					.ifPresent(field -> setErrorMessage(field.getErrorMessage()));
		}
	}

	@Override
	protected void initialize() {
		super.initialize();
		enableRemote(!getPreferenceStore().getBoolean(ConnectionSettings.EMBEDDED));
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (event.getSource() == server) {
			enableRemote(REMOTE.equals(event.getNewValue()));
			checkState();
		}
	}

	private void enableRemote(boolean remote) {
		Composite parent = getFieldEditorParent();
		host.setEnabled(remote, parent);
		port.setEnabled(remote, parent);
		https.setEnabled(remote, parent);
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

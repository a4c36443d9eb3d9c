package org.seatkeeper.ui.internal.history;

import java.sql.SQLException;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.history.HistoryDatabase;
import org.seatkeeper.history.alerts.AlertRules;
import org.seatkeeper.ui.internal.jobs.Background;

/**
 * Settings › History and Alerts: where the usage history is kept (the embedded H2 file, or a shared PostgreSQL
 * with its user; the password goes to Secure Storage), how often the servers are asked, and the alert rules.
 * Test Connection opens the database as typed, in a Job.
 */
public final class HistoryPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private HistorySettings settings;
	private Button embedded;
	private Button shared;
	private Text url;
	private Text user;
	private Text password;
	private Label tested;
	private Spinner interval;
	private Spinner expiryDays;
	private Spinner usePercent;
	private Spinner useMinutes;
	private Spinner downMinutes;
	private Button poolDeficit;
	private Button refusals;
	private boolean passwordTyped;

	@Override
	public void init(IWorkbench workbench) {
		settings = HistoryService.of(workbench).settings();
		setDescription(Messages.Prefs_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		Group database = group(page, Messages.Prefs_database, 3);
		embedded = new Button(database, SWT.RADIO);
		embedded.setText(NLS.bind(Messages.Prefs_embedded, HistoryService.defaultUrl().substring("jdbc:h2:file:".length()) + ".mv.db"));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(embedded);
		shared = new Button(database, SWT.RADIO);
		shared.setText(Messages.Prefs_shared);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(shared);
		url = text(database, Messages.Prefs_url, SWT.BORDER, "url");
		url.setMessage("jdbc:postgresql://db.example.com/seatkeeper");
		user = text(database, Messages.Prefs_user, SWT.BORDER, "user");
		password = text(database, Messages.Prefs_password, SWT.BORDER | SWT.PASSWORD, "password");
		password.setMessage(settings.hasPassword() ? Messages.Prefs_passwordKept : "");
		password.addModifyListener(e -> passwordTyped = true);
		Button test = new Button(database, SWT.PUSH);
		test.setText(Messages.Prefs_test);
		test.setData("name", "test");
		tested = new Label(database, SWT.WRAP);
		tested.setData("name", "tested");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(tested);
		test.addListener(SWT.Selection, e -> test());

		Group collecting = group(page, Messages.Prefs_collecting, 3);
		interval = spinner(collecting, Messages.Prefs_interval, HistorySettings.SHORTEST_INTERVAL, HistorySettings.LONGEST_INTERVAL, "interval",
				Messages.Prefs_seconds);

		Group rules = group(page, Messages.Prefs_alerts, 3);
		expiryDays = spinner(rules, Messages.Prefs_expiryDays, 0, 3650, "expiryDays", Messages.Prefs_days);
		usePercent = spinner(rules, Messages.Prefs_usePercent, 0, 100, "usePercent", "%");
		useMinutes = spinner(rules, Messages.Prefs_useMinutes, 0, 10_080, "useMinutes", Messages.Prefs_minutes);
		downMinutes = spinner(rules, Messages.Prefs_downMinutes, 0, 10_080, "downMinutes", Messages.Prefs_minutes);
		poolDeficit = check(rules, Messages.Prefs_poolDeficit, "poolDeficit");
		refusals = check(rules, Messages.Prefs_refusals, "refusals");
		Label off = new Label(rules, SWT.WRAP);
		off.setText(Messages.Prefs_zeroIsOff);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(off);

		load(settings.shared() ? settings.url() : "", settings.user().orElse(""), (int) settings.interval().toSeconds(), settings.rules());
		embedded.addListener(SWT.Selection, e -> update());
		shared.addListener(SWT.Selection, e -> update());
		url.addModifyListener(e -> update());
		update();
		return page;
	}

	private void load(String sharedUrl, String userName, int seconds, AlertRules r) {
		embedded.setSelection(sharedUrl.isEmpty());
		shared.setSelection(!sharedUrl.isEmpty());
		url.setText(sharedUrl);
		user.setText(userName);
		interval.setSelection(seconds);
		expiryDays.setSelection(r.expiryDays());
		usePercent.setSelection(r.usePercent());
		useMinutes.setSelection(r.useMinutes());
		downMinutes.setSelection(r.unreachableMinutes());
		poolDeficit.setSelection(r.poolDeficit());
		refusals.setSelection(r.refusals());
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Text text(Composite parent, String label, int style, String name) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		text.setData("name", name);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Spinner spinner(Composite parent, String label, int min, int max, String name, String unit) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setMinimum(min);
		spinner.setMaximum(max);
		spinner.setData("name", name);
		new Label(parent, SWT.NONE).setText(unit);
		return spinner;
	}

	private static Button check(Composite parent, String label, String name) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText(label);
		check.setData("name", name);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(check);
		return check;
	}

	/** Enables the shared database's fields, and says what is wrong with them. */
	private void update() {
		boolean isShared = shared.getSelection();
		url.setEnabled(isShared);
		user.setEnabled(isShared);
		password.setEnabled(isShared);
		String problem = null;
		if (isShared && !url.getText().strip().startsWith("jdbc:postgresql://")) {
			problem = url.getText().isBlank() ? Messages.Prefs_urlMissing : NLS.bind(Messages.Prefs_urlWrong, url.getText().strip());
		}
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private String chosenUrl() {
		return shared.getSelection() ? url.getText().strip() : HistoryService.defaultUrl();
	}

	private void test() {
		String testedUrl = chosenUrl();
		String testedUser = user.getText().strip();
		char[] typed = passwordTyped ? password.getText().toCharArray() : null;
		tested.setText(Messages.Prefs_testing);
		Background.work(Messages.Prefs_testing, monitor -> {
			try (HistoryDatabase db = settings.open(testedUrl, testedUser, typed)) {
				return NLS.bind(Messages.Prefs_testedOk, db.schemaVersion(), db.servers().size());
			} catch (SQLException e) {
				return NLS.bind(Messages.Prefs_testedFailed, e.getMessage());
			}
		}).deliverTo(tested).onSuccess(text -> {
			tested.setText(text);
			tested.getParent().layout(true);
		}).schedule();
	}

	@Override
	public boolean performOk() {
		AlertRules rules = new AlertRules(expiryDays.getSelection(), usePercent.getSelection(), useMinutes.getSelection(), downMinutes.getSelection(),
				poolDeficit.getSelection(), refusals.getSelection());
		Optional<String> failed = settings.store(shared.getSelection() ? url.getText() : "", shared.getSelection() ? user.getText() : "",
				passwordTyped ? password.getText().toCharArray() : null, interval.getSelection(), rules);
		if (failed.isPresent()) {
			setErrorMessage(NLS.bind(Messages.Prefs_storeFailed, failed.get()));
			return false;
		}
		HistoryService.of(PlatformUI.getWorkbench()).collectNow();
		return true;
	}

	@Override
	protected void performDefaults() {
		load("", "", HistorySettings.DEFAULT_INTERVAL, AlertRules.DEFAULTS);
		update();
		super.performDefaults();
	}
}

package org.seatkeeper.ui.internal.about;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.core.about.ReportEntry;
import org.seatkeeper.core.about.ReportSection;
import org.seatkeeper.core.about.SystemReport;
import org.seatkeeper.core.about.SystemReports;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.connection.ServerConnections;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.tables.Copying;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * What is installed and where it runs: the license server the views administer (its health and version,
 * asked in a Job and asked again when the Settings name another server or on Refresh), Seatkeeper's
 * version and build, the Java runtime, the operating system, SWT and the OSGi framework, one section
 * each. Every value can be selected, and the whole report copied for a bug report.
 */
public class AboutView extends ViewPart {

	public static final String ID = SeatkeeperUi.ABOUT_VIEW_ID;

	/** The section with the server's health and version. */
	public static final String LICENSE_SERVER = "License server";

	static final String TAGLINE = "Manager for local license servers compatible with FlexNet Embedded";

	private FormToolkit toolkit;
	private LocalResourceManager resources;
	private ScrolledForm form;
	private SystemReport report;
	private ServerConnections connections;
	/** What is known of the server: name and value pairs, in order. */
	private Map<String, String> server = new LinkedHashMap<>();
	private Job check;
	/** Whether the server changed since the last check; a hidden view checks when it is shown again. */
	private boolean stale = true;
	private final Runnable connectionListener = () -> Background.inUi(form, () -> {
		nameServerInTitle();
		stale = true;
		if (getSite().getPage().isPartVisible(this)) {
			checkServer();
		}
	});
	private final IPartListener2 visibility = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == AboutView.this && stale) {
				checkServer();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		connections = PlatformUI.getWorkbench().getService(ServerConnections.class);
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setImage(resources.create(ImageDescriptor.createFromURL(getClass().getResource("/icons/seatkeeper-32.png"))));
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		layout.leftMargin = layout.rightMargin = 12;
		layout.topMargin = layout.bottomMargin = 10;
		layout.horizontalSpacing = 16;
		layout.verticalSpacing = 12;
		form.getBody().setLayout(layout);
		// two columns of sections where they fit, one in a narrow view: a value is never cut at the right
		form.addListener(SWT.Resize, e -> {
			int columns = form.getClientArea().width < TWO_COLUMNS_FROM ? 1 : 2;
			if (columns != layout.numColumns) {
				layout.numColumns = columns;
				spanAll(columns);
				form.reflow(true);
			}
		});
		baseName = getPartName();
		nameServerInTitle();
		ServerView.onRefresh(getSite(), this::checkServer);
		Copying.handle(getViewSite(), this::copied);
		connections.addListener(connectionListener);
		getSite().getPage().addPartListener(visibility); // checks the server once the view is shown
		refresh();
	}

	/** Asks the server for its health in a Job (the last check, if running, is cancelled), and shows the answer. */
	public void checkServer() {
		if (check != null) {
			check.cancel();
		}
		stale = false;
		Map<String, String> checking = new LinkedHashMap<>();
		checking.put(Messages.About_server, connections.describe());
		checking.put(Messages.About_status, Messages.About_checking);
		server = checking;
		refresh();
		long generation = connections.generation();
		check = Background.work(NLS.bind(Messages.About_checkingHealth, connections.describe()), monitor -> ServerHealthReport.ask(connections, monitor))
				.busyIn(getSite()).deliverTo(form).onSuccess(known -> {
					if (generation == connections.generation()) {
						server = known;
						refresh();
					}
				}).schedule();
	}

	/** What the view knows of the server, as shown (name, value). */
	public Map<String, String> serverValues() {
		return Map.copyOf(server);
	}

	/** Gathers the report again and shows it. */
	public void refresh() {
		// Seatkeeper's own section first, then the server's, then where it runs
		SystemReport.Builder withServer = SystemReport.builder();
		for (ReportSection section : UiReports.collect(form.getDisplay()).sections()) {
			section.entries().forEach(e -> withServer.add(section.title(), e.name(), e.value()));
			if (section.title().equals(SystemReports.SEATKEEPER)) {
				server.forEach((name, value) -> withServer.add(LICENSE_SERVER, name, value));
			}
		}
		report = withServer.build();
		for (Control child : form.getBody().getChildren()) {
			child.dispose();
		}
		String version = report.value(SystemReports.SEATKEEPER, "Version").orElse("");
		form.setText("Seatkeeper " + version);
		Label tagline = toolkit.createLabel(form.getBody(), TAGLINE, SWT.WRAP);
		tagline.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP, 1,
				((TableWrapLayout) form.getBody().getLayout()).numColumns));
		for (ReportSection section : report.sections()) {
			createSection(section);
		}
		form.reflow(true);
	}

	private void createSection(ReportSection content) {
		Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR);
		section.setText(content.title());
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit.createComposite(section);
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.horizontalSpacing = 12;
		layout.verticalSpacing = 4;
		client.setLayout(layout);
		for (ReportEntry entry : content.entries()) {
			Label name = toolkit.createLabel(client, entry.name() + ':');
			name.setLayoutData(new TableWrapData(TableWrapData.LEFT, TableWrapData.TOP));
			// read-only but selectable; long values (paths) wrap instead of widening the column
			Text value = new Text(client, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
			value.setText(entry.value());
			value.setData(ReportEntry.class.getName(), content.title() + '/' + entry.name());
			toolkit.adapt(value, true, false);
			value.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP));
		}
		section.setClient(client);
	}

	/** The width below which the sections are in one column. */
	private static final int TWO_COLUMNS_FROM = 900;
	/** The view's name in the registry, before the server's name is added to it. */
	private String baseName;

	/** Makes the tagline span the {@code columns} columns. */
	private void spanAll(int columns) {
		for (Control child : form.getBody().getChildren()) {
			if (child instanceof Label && child.getLayoutData() instanceof TableWrapData data) {
				data.colspan = columns;
			}
		}
	}

	/** Names the current server in the view's title: "About – Berlin". */
	private void nameServerInTitle() {
		setPartName(NLS.bind(org.seatkeeper.ui.internal.views.ServerView.titleFormat(), baseName, connections.name()));
		setTitleToolTip(connections.describe());
	}

	/** The report that the view shows. */
	public SystemReport report() {
		return report;
	}

	/** Puts the whole report on the clipboard as text and says so in the status line (the view's Copy). */
	public void copyToClipboard() {
		Copying.copy(getViewSite(), copied());
	}

	private Copying.Copied copied() {
		return new Copying.Copied(report.toText(), Messages.About_copied);
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (connections != null) {
			connections.removeListener(connectionListener);
			getSite().getPage().removePartListener(visibility);
		}
		if (check != null) {
			check.cancel();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}

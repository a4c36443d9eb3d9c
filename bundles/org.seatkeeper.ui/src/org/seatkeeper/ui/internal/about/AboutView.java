package org.seatkeeper.ui.internal.about;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
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

/**
 * What is installed and where it runs: Seatkeeper's version and build, the Java runtime, the operating
 * system, SWT and the OSGi framework, one section each. Every value can be selected, and the whole
 * report copied for a bug report.
 */
public class AboutView extends ViewPart {

	public static final String ID = SeatkeeperUi.ABOUT_VIEW_ID;

	static final String TAGLINE = "Manager for local license servers compatible with FlexNet Embedded";

	private FormToolkit toolkit;
	private LocalResourceManager resources;
	private ScrolledForm form;
	private SystemReport report;

	@Override
	public void createPartControl(Composite parent) {
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
		refresh();
	}

	/** Gathers the report again and shows it. */
	public void refresh() {
		report = UiReports.collect(form.getDisplay());
		for (Control child : form.getBody().getChildren()) {
			child.dispose();
		}
		String version = report.value(SystemReports.SEATKEEPER, "Version").orElse("");
		form.setText("Seatkeeper " + version);
		Label tagline = toolkit.createLabel(form.getBody(), TAGLINE, SWT.WRAP);
		tagline.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP, 1, 2));
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

	/** The report that the view shows. */
	public SystemReport report() {
		return report;
	}

	/** Puts the whole report on the clipboard as text and says so in the status line. */
	public void copyToClipboard() {
		Clipboard clipboard = new Clipboard(form.getDisplay());
		try {
			clipboard.setContents(new Object[] { report.toText() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		getViewSite().getActionBars().getStatusLineManager().setMessage("System report copied to the clipboard.");
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}

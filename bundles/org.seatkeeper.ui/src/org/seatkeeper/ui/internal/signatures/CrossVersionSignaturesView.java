package org.seatkeeper.ui.internal.signatures;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.core.files.LimitedFiles;
import org.seatkeeper.signatures.Keyword;
import org.seatkeeper.signatures.LicenseFileReader;
import org.seatkeeper.signatures.LicenseFileReader.LicenseFile;
import org.seatkeeper.signatures.LicenseFileReader.LicenseLine;
import org.seatkeeper.signatures.SignatureAdvisor;
import org.seatkeeper.signatures.SignatureAdvisor.Advice;
import org.seatkeeper.signatures.SignatureAdvisor.Need;
import org.seatkeeper.signatures.SignatureAdvisor.Toolkit;
import org.seatkeeper.signatures.ToolkitColumn;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.jobs.Background;
import org.seatkeeper.ui.internal.tables.Copying;

/**
 * Which FlexNet Publisher Version values a license needs so that applications built with older toolkits
 * still accept it. The user picks the toolkit versions that must keep working (columns of the table, or
 * concrete versions) and the keywords the license uses, ticked or found in a license file opened or pasted
 * here; the answer is a table of values per keyword and toolkit, with the reasons as tooltips, the values
 * to select, and the reminder that license servers must understand the keywords themselves.
 */
public class CrossVersionSignaturesView extends ViewPart {

	public static final String ID = SeatkeeperUi.SIGNATURES_VIEW_ID;

	/** How long typing in the license text waits before it is read again. */
	private static final int READ_DELAY_MS = 300;

	// check lists rather than check buttons: in a view, GTK paints a check button's mark on the view's white
	private final Map<ToolkitColumn, TableItem> columns = new EnumMap<>(ToolkitColumn.class);
	private final Map<Keyword, TableItem> keywords = new EnumMap<>(Keyword.class);
	private Text versions;
	private Text license;
	private Label licenseFindings;
	private Table result;
	private Label select;
	private Label problems;
	private Advice advice;
	private LicenseFile licenseFile = LicenseFileReader.read("");
	private final Runnable readLicense = this::readLicenseText;

	@Override
	public void createPartControl(Composite parent) {
		org.seatkeeper.ui.internal.views.ServerView.activateGuideContext(getSite());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite inputs = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(inputs);

		Group toolkits = group(inputs, Messages.Signatures_toolkits);
		checkList(toolkits, "columns", ToolkitColumn.values(), ToolkitColumn::label, columns);
		Composite typed = new Composite(toolkits, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(typed);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(typed);
		Label other = new Label(typed, SWT.NONE);
		other.setText(Messages.Signatures_otherVersions);
		versions = new Text(typed, SWT.BORDER);
		versions.setMessage(Messages.Signatures_versionsHint);
		versions.setToolTipText(Messages.Signatures_versionsTip);
		versions.setData("name", "versions");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(versions);
		versions.addModifyListener(e -> update());

		Group used = group(inputs, Messages.Signatures_keywords);
		checkList(used, "keywords", Keyword.values(), Keyword::name, keywords);

		Group file = group(inputs, Messages.Signatures_licenseFile);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(file);
		Button open = new Button(file, SWT.PUSH);
		open.setText(Messages.Signatures_open);
		open.addListener(SWT.Selection, e -> chooseLicense());
		Button clear = new Button(file, SWT.PUSH);
		clear.setText(Messages.Signatures_clear);
		clear.addListener(SWT.Selection, e -> license.setText(""));
		license = new Text(file, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		license.setFont(JFaceResources.getTextFont());
		license.setMessage(Messages.Signatures_pasteHint);
		license.setData("name", "license");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(320, 90).applyTo(license);
		license.addModifyListener(e -> {
			license.getDisplay().timerExec(-1, readLicense);
			license.getDisplay().timerExec(READ_DELAY_MS, readLicense);
		});
		licenseFindings = new Label(file, SWT.WRAP);
		licenseFindings.setData("name", "findings");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(licenseFindings);

		Composite answer = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(answer);
		select = new Label(answer, SWT.WRAP);
		select.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		select.setData("name", "select");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(select);
		result = new Table(answer, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		result.setHeaderVisible(true);
		result.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(result);
		result.addListener(SWT.MouseHover, e -> {
			TableItem item = result.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			result.setToolTipText(item == null ? null : reasonAt(item, e.x));
		});
		problems = new Label(answer, SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		problems.setData("name", "problems");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problems);
		Composite reminder = new Composite(answer, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(reminder);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reminder);
		Label icon = new Label(reminder, SWT.NONE);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		Label text = new Label(reminder, SWT.WRAP);
		text.setText(SignatureAdvisor.SERVER_REMINDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
		sash.setWeights(50, 50);

		Copying.handle(getViewSite(), this::copied);
		update();
	}

	/**
	 * A list of check boxes, one per value, as tall as its rows: a click on a box, or Space, ticks it, and
	 * the answer follows at once. Each value's row goes into {@code items}.
	 */
	private <E extends Enum<E>> void checkList(Composite parent, String name, E[] values, java.util.function.Function<E, String> text,
			Map<E, TableItem> items) {
		Table list = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		list.setData("name", name);
		for (E value : values) {
			TableItem check = new TableItem(list, SWT.NONE);
			check.setText(text.apply(value));
			check.setData(value);
			items.put(value, check);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, list.getItemCount() * list.getItemHeight() + 4).applyTo(list);
		list.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				update();
			}
		});
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.fillDefaults().numColumns(1).margins(6, 4).spacing(4, 2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.FILL).applyTo(group);
		return group;
	}

	/** The toolkits as the user gave them: the ticked columns, then the versions typed. */
	private List<String> toolkits() {
		List<String> given = new ArrayList<>();
		columns.forEach((column, check) -> {
			if (check.getChecked()) {
				given.add(column.label());
			}
		});
		for (String version : versions.getText().split("[,;\\s]+")) {
			if (!version.isBlank()) {
				given.add(version);
			}
		}
		return given;
	}

	/** Asks the advisor again and shows its answer. */
	private void update() {
		List<String> used = keywords.entrySet().stream().filter(e -> e.getValue().getChecked()).map(e -> e.getKey().name()).toList();
		advice = SignatureAdvisor.advise(toolkits(), used);
		result.setRedraw(false);
		try {
			result.removeAll();
			for (TableColumn column : result.getColumns()) {
				column.dispose();
			}
			column(Messages.Signatures_keyword, 150);
			for (Toolkit toolkit : advice.toolkits()) {
				column(heading(toolkit), 130);
			}
			for (Keyword keyword : advice.keywords()) {
				TableItem item = new TableItem(result, SWT.NONE);
				item.setText(0, keyword.name());
				item.setData(keyword);
				for (int i = 0; i < advice.toolkits().size(); i++) {
					Toolkit toolkit = advice.toolkits().get(i);
					item.setText(i + 1, advice.need(keyword, toolkit.given()).flatMap(Need::value).orElse(Messages.Signatures_notNeeded));
				}
			}
		} finally {
			result.setRedraw(true);
		}
		select.setText(summary());
		problems.setText(String.join("\n", advice.problems()));
		((org.eclipse.swt.layout.GridData) problems.getLayoutData()).exclude = advice.problems().isEmpty();
		problems.setVisible(!advice.problems().isEmpty());
		select.getParent().layout(true, true);
	}

	private String summary() {
		if (advice.toolkits().isEmpty()) {
			return Messages.Signatures_tickToolkits;
		}
		if (advice.keywords().isEmpty()) {
			return Messages.Signatures_tickKeywords;
		}
		List<String> values = advice.valuesToSelect();
		return values.isEmpty() ? Messages.Signatures_noneNeeded : NLS.bind(Messages.Signatures_select, String.join(", ", values));
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(result, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	private static String heading(Toolkit toolkit) {
		return toolkit.given().equals(toolkit.column().label()) ? toolkit.given() : toolkit.given() + " (" + toolkit.column().label() + ")";
	}

	/** The reason of the cell at {@code x} in {@code item}'s row: the tooltip of a cell. */
	private String reasonAt(TableItem item, int x) {
		for (int i = 1; i < result.getColumnCount(); i++) {
			if (item.getBounds(i).contains(x, item.getBounds(i).y)) {
				Toolkit toolkit = advice.toolkits().get(i - 1);
				return advice.need((Keyword) item.getData(), toolkit.given()).map(Need::reason).orElse(null);
			}
		}
		return null;
	}

	private void chooseLicense() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(Messages.Signatures_openTitle);
		dialog.setFilterExtensions(new String[] { "*.lic;*.dat;*.txt", "*" });
		dialog.setFilterNames(new String[] { Messages.Signatures_licenseFiles, Messages.Signatures_allFiles });
		String chosen = dialog.open();
		if (chosen != null) {
			openLicense(Path.of(chosen));
		}
	}

	/** Reads {@code file} in a Job and shows it in the license text (which then ticks its keywords). */
	public Job openLicense(Path file) {
		// a file that cannot be read is the person's to fix: said beside the license, not in the Error Log
		return Background.work(NLS.bind(Messages.Signatures_reading, file.getFileName()), monitor -> read(file)).user().busyIn(getSite())
				.deliverTo(license).onSuccess(license::setText)
				.onFailure(failure -> licenseFindings.setText(NLS.bind(Messages.Signatures_unreadable, file, failure.message())))
				.schedule();
	}

	private static String read(Path file) throws IOException {
		byte[] bytes = LimitedFiles.read(file, 10 * 1024 * 1024, Messages.Signatures_aLicenseFile);
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1); // older license files are Latin-1
		}
	}

	/** Reads the license text: ticks the keywords it uses and says on which lines. */
	private void readLicenseText() {
		if (license.isDisposed()) {
			return;
		}
		licenseFile = LicenseFileReader.read(license.getText());
		for (Keyword keyword : licenseFile.keywords()) {
			keywords.get(keyword).setChecked(true);
		}
		List<String> lines = new ArrayList<>();
		for (LicenseLine line : licenseFile.lines()) {
			if (!line.keywords().isEmpty()) {
				lines.add(NLS.bind(Messages.Signatures_line, new Object[] { line.line(), line.kind(), line.name(),
						line.sortedKeywords().stream().map(Keyword::name).collect(Collectors.joining(", ")) }));
			}
		}
		String findings = license.getText().isBlank() ? ""
				: licenseFile.lines().isEmpty() ? Messages.Signatures_noLines
						: lines.isEmpty() ? NLS.bind(Messages.Signatures_noKeywords, licenseFile.lines().size())
								: NLS.bind(Messages.Signatures_found, String.join("; ", lines));
		if (!licenseFile.problems().isEmpty()) {
			findings += (findings.isEmpty() ? "" : "\n") + String.join("\n", licenseFile.problems());
		}
		licenseFindings.setText(findings);
		licenseFindings.getParent().layout(true, true);
		update();
	}

	/** The answer as text for the clipboard: the table, the values to select, and the reminder. */
	private Copying.Copied copied() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < result.getColumnCount(); i++) {
			text.append(i == 0 ? "" : "\t").append(result.getColumn(i).getText());
		}
		for (TableItem item : result.getItems()) {
			text.append(System.lineSeparator());
			for (int i = 0; i < result.getColumnCount(); i++) {
				text.append(i == 0 ? "" : "\t").append(item.getText(i));
			}
		}
		text.append(System.lineSeparator()).append(System.lineSeparator()).append(select.getText()).append(System.lineSeparator())
				.append(SignatureAdvisor.SERVER_REMINDER);
		return new Copying.Copied(text.toString(), Messages.Signatures_copied);
	}

	// ---- for tests and for users' commands

	/** Ticks exactly {@code chosen} among the columns and types {@code typed} as other versions. */
	public void chooseToolkits(List<ToolkitColumn> chosen, String typed) {
		columns.forEach((column, check) -> check.setChecked(chosen.contains(column)));
		versions.setText(typed); // updates
		update();
	}

	/** Ticks exactly {@code chosen} among the keywords. */
	public void chooseKeywords(List<Keyword> chosen) {
		keywords.forEach((keyword, check) -> check.setChecked(chosen.contains(keyword)));
		update();
	}

	/** Puts {@code text} in the license text and reads it at once. */
	public void pasteLicense(String text) {
		license.setText(text);
		readLicenseText();
	}

	public Advice advice() {
		return advice;
	}

	public Table resultTable() {
		return result;
	}

	public String selectText() {
		return select.getText();
	}

	public String problemsText() {
		return problems.getText();
	}

	public String licenseFindings() {
		return licenseFindings.getText();
	}

	public boolean isTicked(Keyword keyword) {
		return keywords.get(keyword).getChecked();
	}

	@Override
	public void setFocus() {
		versions.setFocus();
	}
}

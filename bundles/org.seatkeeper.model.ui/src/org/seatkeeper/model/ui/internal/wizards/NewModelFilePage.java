package org.seatkeeper.model.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.model.ui.ModelUi;

/** Where the new model file goes: a path, typed or chosen, checked as it is typed. */
public final class NewModelFilePage extends WizardPage {

	private final Path proposed;
	private Text path;
	private Path file;

	NewModelFilePage(Path proposed) {
		super("modelFile");
		this.proposed = proposed;
		setTitle(Messages.NewModelWizard_pageTitle);
		setDescription(Messages.NewModelWizard_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite content = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(content);
		new Label(content, SWT.NONE).setText(Messages.NewModelFile_file);
		path = new Text(content, SWT.BORDER | SWT.SINGLE);
		path.setData("name", "path");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(path);
		Button browse = new Button(content, SWT.PUSH);
		browse.setText(Messages.NewModelFile_browse);
		browse.addListener(SWT.Selection, e -> browse());
		path.setText(proposed.toString());
		path.addListener(SWT.Modify, e -> check());
		check();
		setControl(content);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + ModelUi.EXTENSION, "*" });
		dialog.setOverwrite(false);
		Path current = file != null ? file : proposed;
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(current.getFileName().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	/** Sets the path as if typed (tests). */
	public void setPath(String text) {
		path.setText(text);
	}

	/** The file to create; valid while the page is complete. */
	Path file() {
		return file;
	}

	private void check() {
		file = null;
		String problem = problem(path.getText().trim());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** What is wrong with {@code text} as the new file's path, or null. */
	private String problem(String text) {
		if (text.isEmpty()) {
			return Messages.NewModelFile_empty;
		}
		Path candidate;
		try {
			candidate = Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.NewModelFile_invalid, text, e.getReason());
		}
		if (!candidate.getFileName().toString().endsWith("." + ModelUi.EXTENSION)) {
			return NLS.bind(Messages.NewModelFile_extension, candidate.getFileName());
		}
		Path folder = candidate.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return NLS.bind(Messages.NewModelFile_noFolder, folder);
		}
		if (Files.exists(candidate)) {
			return NLS.bind(Messages.NewModelFile_existsAlready, candidate.getFileName(), folder);
		}
		file = candidate;
		return null;
	}
}

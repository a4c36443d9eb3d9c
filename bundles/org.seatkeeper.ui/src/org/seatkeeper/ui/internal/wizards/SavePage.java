package org.seatkeeper.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.offline.ExchangeHistory.Operation;
import org.seatkeeper.ui.internal.wizards.OfflineExchangeWizard.Choice;

/** Where the request is saved. Next has the server write it and saves it. */
public final class SavePage extends WizardPage {

	private final OfflineExchangeWizard wizard;
	private Text path;
	private Label what;
	private String suggested;
	private int checks;

	SavePage(OfflineExchangeWizard wizard) {
		super("save", Messages.Save_title, null);
		this.wizard = wizard;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		what = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(what);
		path = WizardSupport.fileField(body, Messages.Response_file, Messages.Save_fileHint, Messages.Save_title, SWT.SAVE,
				new String[] { "*.bin", "*" }, new String[] { Messages.Save_requestFiles, Messages.Wizards_allFiles });
		Label after = new Label(body, SWT.WRAP);
		after.setText(Messages.Save_after);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(0, 8).applyTo(after);
		path.addModifyListener(event -> check());
		setControl(body);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			Operation operation = operation();
			what.setText(operation == Operation.ACTIVATION_REQUEST
					? NLS.bind(Messages.Save_activation, OfflineExchangeWizard.describe(wizard.activationsPage().activations()))
					: Messages.Save_capability);
			// a new suggestion for the kind of request, unless the user typed a name of their own
			if (path.getText().isBlank() || path.getText().equals(suggested)) {
				suggested = OfflineExchangeWizard.defaultFolder().resolve(OfflineExchangeWizard.suggestedName(operation)).toString();
				path.setText(suggested);
			}
			what.getParent().layout();
		}
		super.setVisible(visible);
	}

	private Operation operation() {
		return wizard.operationPage().choice() == Choice.ACTIVATION_REQUEST ? Operation.ACTIVATION_REQUEST : Operation.CAPABILITY_REQUEST;
	}

	/** The path field, for tests. */
	public Text path() {
		return path;
	}

	/** Whether the chosen path is being checked, for tests. */
	public boolean checking() {
		return checks > 0;
	}

	/** The chosen file, or {@code null} when the text is no path. */
	Path target() {
		return WizardSupport.path(path.getText());
	}

	/** Checks the chosen path in a Job (the file system may be slow); the newest choice wins. */
	private void check() {
		String text = path.getText().strip();
		Path target = target();
		if (target == null || target.getFileName() == null) {
			setErrorMessage(text.isEmpty() ? null : NLS.bind(Messages.Wizards_notAFileName, text));
			setMessage(null);
			setPageComplete(false);
			return;
		}
		checks++;
		setPageComplete(false);
		WizardSupport.inBackground(NLS.bind(Messages.ClientKey_checkingFile, target), path, monitor -> problems(target), problems -> {
			checks--;
			if (!path.getText().strip().equals(text)) {
				return; // a newer choice is being checked
			}
			setErrorMessage(problems[0]);
			setMessage(problems[1], IMessageProvider.WARNING);
			setPageComplete(problems[0] == null);
		});
	}

	/** What is wrong with {@code target} (an error, then a warning; each may be null). */
	private static String[] problems(Path target) {
		if (Files.isDirectory(target)) {
			return new String[] { NLS.bind(Messages.Save_isFolder, target), null };
		}
		Path folder = target.getParent();
		if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
			return new String[] { NLS.bind(Messages.Save_notFolder, folder), null };
		}
		if (Files.exists(target)) {
			return new String[] { null, NLS.bind(Messages.Save_replaced, target.getFileName()) };
		}
		if (folder != null && !Files.exists(folder)) {
			return new String[] { null, NLS.bind(Messages.Save_folderMade, folder) };
		}
		return new String[] { null, null };
	}
}

package org.seatkeeper.ui.internal.connection;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.client.Credentials;

/** Asks for a user name and password for a secured license server. */
public class LoginDialog extends TitleAreaDialog {

	private final String server;
	private final String problem;
	private final String proposedUser;
	private Text user;
	private Text password;
	private Button remember;
	private LoginPrompt.Answer answer;

	/**
	 * @param server  the server as shown to the user
	 * @param problem why the last login did not do (the server's words), or {@code null}
	 * @param user    the user name to propose, or {@code ""}
	 */
	public LoginDialog(Shell parent, String server, String problem, String user) {
		super(parent);
		this.server = server;
		this.problem = problem;
		this.proposedUser = user == null ? "" : user;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LoginDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.LoginDialog_heading, server));
		if (problem == null) {
			setMessage(Messages.LoginDialog_secured);
		} else {
			setErrorMessage(problem);
		}
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.LoginDialog_user);
		user = new Text(body, SWT.BORDER);
		user.setText(proposedUser.isEmpty() ? "admin" : proposedUser);
		user.setData("name", "user");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(user);
		new Label(body, SWT.NONE).setText(Messages.LoginDialog_password);
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		password.setData("name", "password");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		remember = new Button(body, SWT.CHECK);
		remember.setText(Messages.LoginDialog_remember);
		remember.setData("name", "remember");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(remember);
		user.addModifyListener(e -> validate());
		password.addModifyListener(e -> validate());
		(proposedUser.isEmpty() ? user : password).setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.LoginDialog_logIn, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!user.getText().isBlank() && !password.getText().isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		answer = new LoginPrompt.Answer(new Credentials(user.getText().trim(), password.getTextChars()), remember.getSelection());
		super.okPressed();
	}

	/** What the user gave, after OK. */
	public LoginPrompt.Answer answer() {
		return answer;
	}
}

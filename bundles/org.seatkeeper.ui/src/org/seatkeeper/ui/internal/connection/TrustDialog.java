package org.seatkeeper.ui.internal.connection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.seatkeeper.core.client.UntrustedCertificateException;

/**
 * Asks whether to trust a server's certificate that no authority vouches for, naming the server and
 * showing what the certificate says of itself and its SHA-256 fingerprint to compare. "Do Not Trust" is
 * the default button.
 */
public class TrustDialog extends TitleAreaDialog {

	private final String server;
	private final UntrustedCertificateException untrusted;

	/**
	 * @param server    the server's name in the list
	 * @param untrusted what the server showed
	 */
	public TrustDialog(Shell parent, String server, UntrustedCertificateException untrusted) {
		super(parent);
		this.server = server;
		this.untrusted = untrusted;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.TrustDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** As wide as the fields need, the message above them wrapped to that width, not one long line. */
	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		return getShell().computeSize(660, SWT.DEFAULT, true);
	}

	private String hostPort() {
		return untrusted.uri() == null ? "" : untrusted.uri().getHost() + ":" + untrusted.uri().getPort();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.TrustDialog_heading, server));
		setMessage(Messages.TrustDialog_message, IMessageProvider.WARNING);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(12, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		row(body, "Server", server + "  (" + hostPort() + ")", "server");
		row(body, "Issued to", untrusted.subject(), "subject");
		row(body, "Issued by", untrusted.issuer(), "issuer");
		row(body, "Valid until", untrusted.notAfter() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.withZone(ZoneId.systemDefault()).format(untrusted.notAfter()), "notAfter");
		Text fingerprint = row(body, "SHA-256", untrusted.fingerprint(), "fingerprint");
		fingerprint.setFont(JFaceResources.getTextFont());
		Label scope = new Label(body, SWT.WRAP);
		scope.setText(NLS.bind(Messages.TrustDialog_scope, hostPort()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).indent(0, 8).applyTo(scope);
		return area;
	}

	private static Text row(Composite body, String label, String value, String name) {
		Label title = new Label(body, SWT.NONE);
		title.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(title);
		Text text = new Text(body, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value == null ? "" : value);
		text.setData("name", name);
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.TrustDialog_trust, false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.TrustDialog_dontTrust, true);
	}
}

package org.seatkeeper.ui.internal.connection;

import org.eclipse.ui.IWorkbench;
import org.seatkeeper.core.client.UntrustedCertificateException;

/** Asks with the {@link TrustDialog}, from the Job that met the certificate ({@link PromptOnUiThread}). */
final class DialogTrustPrompt implements TrustPrompt {

	private final IWorkbench workbench;

	DialogTrustPrompt(IWorkbench workbench) {
		this.workbench = workbench;
	}

	@Override
	public boolean ask(String server, UntrustedCertificateException untrusted) {
		return PromptOnUiThread.ask(workbench, shell -> new TrustDialog(shell, server, untrusted).open() == TrustDialog.OK, false);
	}
}

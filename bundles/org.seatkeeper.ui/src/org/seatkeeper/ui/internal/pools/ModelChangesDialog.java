package org.seatkeeper.ui.internal.pools;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Before a server's model is replaced: the model the server applies now beside the text about to be
 * uploaded, in the compare framework's text viewer (differences marked, next/previous change), with
 * Upload and Cancel.
 */
public final class ModelChangesDialog extends TitleAreaDialog {

	private final String server;
	private final ModelCompareInput changes;

	public ModelChangesDialog(Shell parent, String server, String serverText, String newText) {
		super(parent);
		this.server = server;
		this.changes = new ModelCompareInput(Messages.ServerModel_newText, newText, NLS.bind(Messages.Pools_compareServerSide, server),
				serverText);
		setShellStyle(getShellStyle() | org.eclipse.swt.SWT.RESIZE | org.eclipse.swt.SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ServerModel_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.ServerModel_changesTitle, server));
		setMessage(changes.rightText().isEmpty() ? NLS.bind(Messages.ServerModel_changesFirst, server)
				: NLS.bind(Messages.ServerModel_changesMessage, server));
		try {
			changes.run(new NullProgressMonitor()); // in memory: both texts are here already
		} catch (InvocationTargetException e) {
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Control viewer = changes.createContents(area);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 480).applyTo(viewer);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.ServerModel_upload, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}

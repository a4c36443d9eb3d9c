package org.seatkeeper.ui.internal.fleet;

import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for the group to move servers to: one of the list's groups, a new one typed, or none (empty). */
public class GroupDialog extends Dialog {

	private final Set<String> groups;
	private final String initial;
	private Combo combo;
	private String group;

	public GroupDialog(Shell parent, Set<String> groups, String initial) {
		super(parent);
		this.groups = groups;
		this.initial = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Group_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(1).margins(10, 10).applyTo(area);
		Label label = new Label(area, SWT.WRAP);
		label.setText(Messages.Group_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(label);
		combo = new Combo(area, SWT.DROP_DOWN | SWT.BORDER);
		combo.setData("name", "group");
		combo.setItems(groups.toArray(String[]::new));
		combo.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return area;
	}

	@Override
	protected void okPressed() {
		group = combo.getText().strip();
		super.okPressed();
	}

	/** The group chosen, after OK; empty for none. */
	public String group() {
		return group;
	}
}

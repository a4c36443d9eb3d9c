package org.seatkeeper.ui.internal.files;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File › Open Recent: the last {@link RecentFiles#AT_MOST} model files, newest first, numbered. */
public final class OpenRecentMenu extends CompoundContributionItem {

	private final IWorkbenchWindow window;

	public OpenRecentMenu(IWorkbenchWindow window) {
		super("org.seatkeeper.ui.openRecent");
		this.window = window;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<Path> files = RecentFiles.ofWorkbench().list();
		if (files.isEmpty()) {
			Action none = new Action(Messages.Recent_none) {
			};
			none.setEnabled(false);
			return new IContributionItem[] { new ActionContributionItem(none) };
		}
		IContributionItem[] items = new IContributionItem[files.size()];
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			String label = NLS.bind(Messages.Recent_item, new Object[] { i + 1, escaped(file.getFileName()),
					escaped(file.getParent()) });
			Action open = new Action(label) {
				@Override
				public void run() {
					ModelFiles.open(window, List.of(file));
				}
			};
			open.setToolTipText(file.toString());
			items[i] = new ActionContributionItem(open);
		}
		return items;
	}

	/** {@code path} as a menu shows it: an {@code &} in a name is not a mnemonic. */
	private static String escaped(Path path) {
		return path == null ? "" : path.toString().replace("&", "&&");
	}
}

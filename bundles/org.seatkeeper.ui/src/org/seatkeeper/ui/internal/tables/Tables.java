package org.seatkeeper.ui.internal.tables;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.seatkeeper.ui.internal.views.ServerView;

/** What every table of a view offers: Copy (Ctrl+C and the context menu), Refresh, and menu extensions. */
public final class Tables {

	private Tables() {
	}

	/**
	 * Gives each table a context menu (registered with the site as {@code <view id>.<name>} so other
	 * plug-ins can add to it), and makes Copy copy the rows of the table that has the focus.
	 */
	public static void contribute(ServerView<?> view, String name, RecordTable<?>... tables) {
		for (RecordTable<?> table : tables) {
			MenuManager menu = new MenuManager("#PopupMenu");
			menu.setRemoveAllWhenShown(true);
			menu.addMenuListener(manager -> fill(view, table, manager));
			Control control = table.table();
			control.setMenu(menu.createContextMenu(control));
			view.getSite().registerContextMenu(view.getSite().getId() + "." + name, menu, table.viewer());
		}
		Copying.handle(view.getViewSite(), () -> {
			RecordTable<?> focused = focused(tables);
			return focused == null ? null : focused.copied();
		});
	}

	private static RecordTable<?> focused(RecordTable<?>[] tables) {
		Control focus = Display.getCurrent().getFocusControl();
		for (RecordTable<?> table : tables) {
			if (table.table() == focus) {
				return table;
			}
		}
		return tables.length == 0 ? null : tables[0];
	}

	/** Opens the Properties view on the view's selection (it follows the selection from then on). */
	public static void showProperties(ViewPart view) {
		try {
			view.getSite().getPage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
		} catch (org.eclipse.ui.PartInitException e) {
			view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(NLS.bind(Messages.Tables_noProperties, e.getMessage()));
		}
	}

	private static void fill(ServerView<?> view, RecordTable<?> table, IMenuManager manager) {
		Action copy = new Action(table.selection().isEmpty() ? Messages.Tables_copyAll : Messages.Tables_copyRows) {
			@Override
			public void run() {
				Copying.copy(view.getViewSite(), table.copied());
			}
		};
		copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
		manager.add(copy);
		manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		view.fillContextMenu(table, manager);
		manager.add(new Separator());
		if (!table.selection().isEmpty()) {
			manager.add(new Action(Messages.Tables_showProperties) {
				@Override
				public void run() {
					showProperties(view);
				}
			});
		}
		Action refresh = new Action(Messages.Tables_refresh) {
			@Override
			public void run() {
				view.refresh();
			}
		};
		refresh.setActionDefinitionId(IWorkbenchCommandConstants.FILE_REFRESH);
		manager.add(refresh);
	}

	/** The bar of buttons and fields above a view's table: {@code columns} wide, across the view. */
	public static Composite bar(Composite parent, int columns) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(6, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		return bar;
	}

	/**
	 * The filter at the right end of a view's bar: a space that takes the bar's free width, "Filter:", and a search
	 * field whose text goes to {@code typed} as the user types it.
	 */
	public static Text filterField(Composite bar, String hint, int width, Consumer<String> typed) {
		Label gap = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gap);
		new Label(bar, SWT.NONE).setText(Messages.Tables_filter);
		Text filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(hint);
		filter.setData("name", "filter");
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(e -> typed.accept(filter.getText()));
		return filter;
	}

	/**
	 * The lower part of a list view, the details of the selected record and their table, in a composite that
	 * scrolls when the split leaves it less height than it needs: nothing is cut off with no way to reach it.
	 */
	public static Composite scrolling(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite content = new Composite(scroller, SWT.NONE);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> fitScrolling(content));
		return content;
	}

	/** Gives the scrolled composite around {@code control} (if any) the height its content needs now. */
	public static void fitScrolling(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scroller && scroller.getContent() != null) {
				scroller.setMinSize(scroller.getContent().computeSize(scroller.getClientArea().width, SWT.DEFAULT));
				return;
			}
		}
	}
}

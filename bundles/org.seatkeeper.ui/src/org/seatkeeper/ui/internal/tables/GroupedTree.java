package org.seatkeeper.ui.internal.tables;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A two-level tree with columns (pools and their features, setting groups and their settings): its input
 * is the list of top rows, and {@code children} gives the rows below one (an empty list for a leaf).
 */
public final class GroupedTree {

	private GroupedTree() {
	}

	public static TreeViewer create(Composite parent, int style, Function<Object, List<?>> children) {
		TreeViewer viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | style);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return children.apply(element).toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !children.apply(element).isEmpty();
			}
		});
		return viewer;
	}

	/** Adds a column whose cells show {@code text}. */
	public static TreeViewerColumn column(TreeViewer viewer, String title, int width, Function<Object, String> text) {
		return column(viewer, title, width, new Labels(text));
	}

	/** Adds a column whose cells {@code labels} give: their text, and whatever else it overrides (image, font, tooltip). */
	public static TreeViewerColumn column(TreeViewer viewer, String title, int width, Labels labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
		return column;
	}

	/** A column's labels: the text of each row from a function; subclasses add images, fonts or tooltips. */
	public static class Labels extends ColumnLabelProvider {

		private final Function<Object, String> text;

		public Labels(Function<Object, String> text) {
			this.text = text;
		}

		@Override
		public String getText(Object element) {
			return text.apply(element);
		}
	}
}

package org.seatkeeper.model.ui.internal.outline;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ui.ModelUi;

/**
 * The Outline of a model definition: the model, pools with their features, rules with their
 * conditions. It is parsed off the UI thread after each change; selecting a row selects its text, and
 * moving the caret selects the row it is in.
 *
 * <p>Large models stay quick: the tree is virtual (only rows on screen are made), its elements are
 * {@link Row}s, positions in the outline that stay valid across edits, and the tree is refreshed only
 * when what it shows changed, not when an edit merely moved text. The tree has one column: without
 * one, SWT on GTK measures every expanded row after each change to set the scroll width, which took
 * 1.5 s in a model of 2,500 pools. The column is as wide as the view, and widens to the widest row made
 * so far.
 */
public final class ModelOutlinePage extends ContentOutlinePage {

	/** A row of the outline: the indexes from the top to it. */
	public record Row(List<Integer> path) {
		public Row {
			path = List.copyOf(path);
		}

		Row child(int index) {
			List<Integer> childPath = new ArrayList<>(path);
			childPath.add(index);
			return new Row(childPath);
		}

		Row parent() {
			return new Row(path.subList(0, path.size() - 1));
		}
	}

	private static final Row ROOT = new Row(List.of());
	private static final int INDENT = 24;
	private static final int ICON = 22;
	private static final int MARGIN = 12;

	private final ITextEditor editor;
	private final Job job = new Job(Messages.Outline_job) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IDocument document = document();
			if (document == null) {
				return Status.OK_STATUS;
			}
			List<OutlineNode> fresh = OutlineNode.of(ModelAnalysis.of(document.get()));
			long shape = shape(fresh);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			TreeViewer viewer = getTreeViewer();
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.getControl().getDisplay().asyncExec(() -> show(fresh, shape));
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ModelUi.JOB_FAMILY;
		}
	};
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// nothing before the change
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh();
		}
	};
	private final ISelectionChangedListener caretListener = event -> {
		if (event.getSelection() instanceof ITextSelection selection) {
			revealNodeAt(selection.getOffset());
		}
	};
	private TreeColumn column;
	private GC measure;
	private int widestRow;
	private List<OutlineNode> nodes = List.of();
	private long shownShape;
	private boolean shown;
	private boolean updatingFromEditor;

	public ModelOutlinePage(ITextEditor editor) {
		this.editor = editor;
		job.setSystem(true);
	}

	private IDocument document() {
		return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** What the tree shows, as a number: labels, kinds and nesting, not positions. */
	private static long shape(List<OutlineNode> list) {
		long hash = list.size();
		for (OutlineNode node : list) {
			hash = hash * 31 + node.label().hashCode();
			hash = hash * 31 + node.kind().ordinal();
			hash = hash * 31 + shape(node.children());
		}
		return hash;
	}

	/** The node a row stands for now, or null. */
	public OutlineNode node(Row row) {
		List<OutlineNode> level = nodes;
		OutlineNode node = null;
		for (int index : row.path()) {
			if (index >= level.size()) {
				return null;
			}
			node = level.get(index);
			level = node.children();
		}
		return node;
	}

	private List<OutlineNode> children(Row row) {
		if (row.path().isEmpty()) {
			return nodes;
		}
		OutlineNode node = node(row);
		return node == null ? List.of() : node.children();
	}

	/** A virtual tree: only the rows on screen are made. */
	@Override
	protected int getTreeStyle() {
		return super.getTreeStyle() | SWT.VIRTUAL;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyTreeContentProvider() {
			@Override
			public void updateElement(Object parent, int index) {
				Row row = (Row) parent;
				List<OutlineNode> siblings = children(row);
				if (index < siblings.size()) {
					Row child = row.child(index);
					getTreeViewer().replace(parent, index, child);
					getTreeViewer().setChildCount(child, siblings.get(index).children().size());
				}
			}

			@Override
			public void updateChildCount(Object element, int currentChildCount) {
				int count = children((Row) element).size();
				if (count != currentChildCount) {
					getTreeViewer().setChildCount(element, count);
				}
			}

			@Override
			public Object getParent(Object element) {
				Row row = (Row) element;
				return row.path().isEmpty() ? null : row.parent();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				OutlineNode node = node((Row) element);
				if (node == null) {
					return "";
				}
				widen((Row) element, node.label());
				return node.label();
			}

			@Override
			public Image getImage(Object element) {
				OutlineNode node = node((Row) element);
				if (node == null) {
					return null;
				}
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return switch (node.kind()) {
					case MODEL, POOLS, POOL -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
					case RULE -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
					default -> images.getImage(ISharedImages.IMG_OBJ_FILE);
				};
			}
		});
		Tree tree = viewer.getTree();
		column = new TreeColumn(tree, SWT.LEFT);
		measure = new GC(tree);
		// disposed with the tree: a GC cannot be disposed after its control
		tree.addListener(SWT.Dispose, event -> measure.dispose());
		tree.addListener(SWT.Resize, event -> fitColumn());
		viewer.addSelectionChangedListener(this::selectInEditor);
		IDocument document = document();
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(caretListener);
		}
		refresh();
	}

	private void refresh() {
		job.cancel();
		job.schedule(200);
	}

	private void show(List<OutlineNode> fresh, long shape) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		nodes = fresh;
		if (!shown) {
			shown = true;
			shownShape = shape;
			viewer.setInput(ROOT);
			viewer.setChildCount(ROOT, fresh.size());
			// the model and its parts are shown; what each part holds opens on demand
			for (int i = 0; i < fresh.size(); i++) {
				viewer.expandToLevel(ROOT.child(i), 1);
			}
		} else if (shape != shownShape) {
			shownShape = shape;
			viewer.setChildCount(ROOT, fresh.size());
			viewer.refresh();
		}
	}

	/** Widens the column if the row's label does not fit: only for rows shown, which are the rows made. */
	private void widen(Row row, String label) {
		if (measure == null || measure.isDisposed()) {
			return;
		}
		// indentation and expander per level, the icon, and a margin
		int width = row.path().size() * INDENT + ICON + measure.textExtent(label).x + MARGIN;
		if (width > widestRow) {
			widestRow = width;
			fitColumn();
		}
	}

	private void fitColumn() {
		Tree tree = getTreeViewer().getTree();
		int width = Math.max(tree.getClientArea().width, widestRow);
		if (column.getWidth() != width) {
			column.setWidth(width);
		}
	}

	/** The outline's nodes as shown, for tests. */
	public List<OutlineNode> nodes() {
		return nodes;
	}

	private void selectInEditor(SelectionChangedEvent event) {
		if (!updatingFromEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Row row) {
			OutlineNode node = node(row);
			if (node != null) {
				editor.selectAndReveal(node.range().offset(), node.range().length());
			}
		}
	}

	/**
	 * Selects the row the caret is in. The rows on its path are made one by one through the virtual
	 * tree, so that a model with thousands of rules does not make all its rows.
	 */
	private void revealNodeAt(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !shown) {
			return;
		}
		LinkedList<Integer> indexes = new LinkedList<>(OutlineNode.pathAt(nodes, offset));
		Tree tree = viewer.getTree();
		if (indexes.isEmpty() || indexes.getFirst() >= tree.getItemCount()) {
			return;
		}
		TreeItem item = tree.getItem(indexes.removeFirst());
		for (int index : indexes) {
			item.setExpanded(true);
			if (index >= item.getItemCount()) {
				return;
			}
			item = item.getItem(index);
		}
		updatingFromEditor = true;
		try {
			tree.setSelection(item);
			tree.showItem(item);
		} finally {
			updatingFromEditor = false;
		}
	}

	@Override
	public void dispose() {
		job.cancel();
		IDocument document = document();
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}
}

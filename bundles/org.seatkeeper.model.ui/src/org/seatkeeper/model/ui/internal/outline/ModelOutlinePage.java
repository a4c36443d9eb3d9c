package org.seatkeeper.model.ui.internal.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.seatkeeper.model.ModelAnalysis;
import org.seatkeeper.model.ui.ModelUi;

/**
 * The Outline of a model definition: the model, pools with their features, rules with their
 * conditions. It is parsed off the UI thread after each change; selecting a node selects its text,
 * and moving the caret selects the node it is in.
 */
public final class ModelOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final Job job = new Job("Updating the outline") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IDocument document = document();
			if (document == null) {
				return Status.OK_STATUS;
			}
			List<OutlineNode> nodes = OutlineNode.of(ModelAnalysis.of(document.get()));
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			TreeViewer viewer = getTreeViewer();
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.getControl().getDisplay().asyncExec(() -> show(nodes));
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
	private List<OutlineNode> nodes = List.of();
	/** The parent of each node shown (roots have none), by identity: the tree is virtual and asks. */
	private final Map<OutlineNode, OutlineNode> parents = new IdentityHashMap<>();
	private boolean updatingFromEditor;

	public ModelOutlinePage(ITextEditor editor) {
		this.editor = editor;
		job.setSystem(true);
	}

	private IDocument document() {
		return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** A virtual tree: only the rows on screen are made, so a model of thousands of rules stays quick. */
	@Override
	protected int getTreeStyle() {
		return super.getTreeStyle() | SWT.VIRTUAL;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element);
			}
		});
		viewer.setContentProvider(new ILazyTreeContentProvider() {
			@Override
			public void updateElement(Object parent, int index) {
				List<OutlineNode> children = parent instanceof OutlineNode node ? node.children() : nodes;
				if (index < children.size()) {
					OutlineNode child = children.get(index);
					getTreeViewer().replace(parent, index, child);
					getTreeViewer().setChildCount(child, child.children().size());
				}
			}

			@Override
			public void updateChildCount(Object element, int currentChildCount) {
				int count = element instanceof OutlineNode node ? node.children().size() : nodes.size();
				if (count != currentChildCount) {
					getTreeViewer().setChildCount(element, count);
				}
			}

			@Override
			public Object getParent(Object element) {
				OutlineNode parent = parents.get(element);
				return parent != null ? parent : nodes;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return switch (((OutlineNode) element).kind()) {
					case MODEL, POOLS, POOL -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
					case RULE -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
					default -> images.getImage(ISharedImages.IMG_OBJ_FILE);
				};
			}
		});
		viewer.setInput(nodes);
		viewer.addSelectionChangedListener(this::selectInEditor);
		IDocument document = document();
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(caretListener);
		}
		refresh();
	}

	private void refresh() {
		job.cancel();
		job.schedule(200);
	}

	private void show(List<OutlineNode> fresh) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		nodes = fresh;
		parents.clear();
		index(fresh, null);
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(fresh);
			viewer.setChildCount(fresh, fresh.size());
			// the model and its parts are shown; what each part holds opens on demand
			for (OutlineNode root : fresh) {
				viewer.expandToLevel(root, 1);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	private void index(List<OutlineNode> children, OutlineNode parent) {
		for (OutlineNode child : children) {
			if (parent != null) {
				parents.put(child, parent);
			}
			index(child.children(), child);
		}
	}

	/** The outline's nodes as shown, for tests. */
	public List<OutlineNode> nodes() {
		return nodes;
	}

	private void selectInEditor(SelectionChangedEvent event) {
		if (!updatingFromEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.range().offset(), node.range().length());
		}
	}

	/**
	 * Selects the node the caret is in. The rows on its path are made one by one through the virtual
	 * tree, so that a model with thousands of rules does not make all its rows.
	 */
	private void revealNodeAt(int offset) {
		TreeViewer viewer = getTreeViewer();
		OutlineNode node = OutlineNode.at(nodes, offset);
		if (viewer == null || viewer.getControl().isDisposed() || node == null) {
			return;
		}
		java.util.LinkedList<Integer> indexes = new java.util.LinkedList<>();
		for (OutlineNode step = node; step != null; step = parents.get(step)) {
			OutlineNode parent = parents.get(step);
			List<OutlineNode> siblings = parent == null ? nodes : parent.children();
			int index = 0;
			while (index < siblings.size() && siblings.get(index) != step) {
				index++;
			}
			indexes.addFirst(index);
		}
		Tree tree = viewer.getTree();
		if (indexes.getFirst() >= tree.getItemCount()) {
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
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}
}

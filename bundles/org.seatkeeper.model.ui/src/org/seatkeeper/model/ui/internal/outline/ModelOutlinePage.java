package org.seatkeeper.model.ui.internal.outline;

import java.util.List;

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
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
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
	private boolean updatingFromEditor;

	public ModelOutlinePage(ITextEditor editor) {
		this.editor = editor;
		job.setSystem(true);
	}

	private IDocument document() {
		return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
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
		Object[] expanded = viewer.getExpandedElements();
		boolean first = nodes.isEmpty();
		nodes = fresh;
		viewer.setInput(fresh);
		if (first || expanded.length == 0) {
			viewer.expandToLevel(3);
		} else {
			viewer.expandToLevel(2);
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

	private void revealNodeAt(int offset) {
		TreeViewer viewer = getTreeViewer();
		OutlineNode node = OutlineNode.at(nodes, offset);
		if (viewer == null || viewer.getControl().isDisposed() || node == null) {
			return;
		}
		updatingFromEditor = true;
		try {
			viewer.setSelection(new StructuredSelection(node), true);
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

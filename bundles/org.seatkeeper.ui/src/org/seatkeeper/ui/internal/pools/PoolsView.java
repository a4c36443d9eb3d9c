package org.seatkeeper.ui.internal.pools;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Pool;
import org.seatkeeper.core.domain.PoolSlice;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.ServerModel;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.ModelViewers;
import org.seatkeeper.model.ui.internal.wizards.NewModelWizard;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.tables.GroupedTree;
import org.seatkeeper.ui.internal.views.Roles;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * Named license pools: every pool (the default one too) with what it holds of each feature, and the
 * model definition the server applies, highlighted as in the editor. The model is edited in place (a
 * document bound to the server, whose Save uploads it), uploaded from a file or from an open editor, or
 * deleted; the server checks it, and a refused model leaves the current one in place with the server's
 * reason shown.
 */
public class PoolsView extends ServerView<PoolsView.Loaded> {

	public static final String ID = SeatkeeperUi.POOLS_VIEW_ID;

	/**
	 * One load: the pools and the model.
	 *
	 * @param model        the model, or {@code null} when the server does not offer it
	 * @param modelMissing whether the server does not offer its model definition
	 */
	public record Loaded(List<Pool> pools, ServerModel model, boolean modelMissing) {
	}

	private CTabFolder tabs;
	private TreeViewer pools;
	private SourceViewer model;
	private Label modelTitle;
	private Button edit;
	private Button uploadFile;
	private Button uploadEditor;
	private Button compare;
	private Button delete;
	private List<Pool> shownPools = List.of();

	@Override
	protected String loadingWhat() {
		return NLS.bind(Messages.Pools_loading, connections.describe());
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		pools = GroupedTree.create(tabs, SWT.MULTI, e -> e instanceof Pool pool ? pool.slices() : List.of());
		column(Messages.Pools_poolFeature, 280, e -> e instanceof Pool p ? (p.isDefault() ? Messages.Pools_defaultPool : p.name())
				+ (p.id() > 0 ? "  " + NLS.bind(Messages.Pools_id, p.id()) : "")
				: ((PoolSlice) e).featureName());
		column(Messages.Pools_version, 80, e -> e instanceof PoolSlice s ? s.featureVersion() : "");
		column(Messages.Pools_expiration, 120, e -> e instanceof PoolSlice s ? Formats.expiry(s.expiry()) : "");
		column(Messages.Pools_allocated, 90, e -> e instanceof Pool p ? Integer.toString(p.allocated()) : Integer.toString(((PoolSlice) e).allocated()));
		column(Messages.Pools_used, 70, e -> e instanceof Pool p ? Integer.toString(p.used()) : Integer.toString(((PoolSlice) e).used()));
		column(Messages.Pools_status, 260, e -> e instanceof PoolSlice s ? s.status() : status((Pool) e));
		tab(Messages.Pools_tab, pools.getControl());
		getSite().setSelectionProvider(pools); // the Properties view shows the selected pool or feature

		Composite modelTab = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(5).applyTo(modelTab);
		modelTitle = new Label(modelTab, SWT.NONE); // a line of its own: beside five buttons it was cut to a word
		modelTitle.setFont(boldFont());
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).align(SWT.FILL, SWT.CENTER).applyTo(modelTitle);
		edit = button(modelTab, Messages.Pools_edit, Messages.Pools_editTip, this::editModel);
		uploadFile = button(modelTab, Messages.Pools_uploadFile, Messages.Pools_uploadFileTip, this::chooseAndUpload);
		uploadEditor = button(modelTab, Messages.Pools_uploadEditor, Messages.Pools_uploadEditorTip,
				this::uploadFromEditor);
		compare = button(modelTab, Messages.Pools_compareEditor, Messages.Pools_compareEditorTip, this::compareWithEditor);
		delete = button(modelTab, Messages.Pools_delete, Messages.Pools_deleteTip, this::deleteModel);
		model = new SourceViewer(modelTab, null, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
		model.setEditable(false);
		model.getTextWidget().setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		ModelViewers.configure(model);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(model.getControl());
		tab(Messages.Pools_modelTab, modelTab);
		tabs.setSelection(0);
	}


	/** A pool's own status: deleted by the model but still in use, or the worst status of its slices. */
	private static String status(Pool pool) {
		if (pool.deleted()) {
			return Messages.Pools_deletedInUse;
		}
		for (String worst : List.of("OVERAGE", "DEFICIT")) {
			if (pool.slices().stream().anyMatch(s -> worst.equals(s.status()))) {
				return worst;
			}
		}
		return "";
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		GroupedTree.column(pools, title, width, text);
	}

	private void tab(String text, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(text);
		item.setControl(control);
	}

	@Override
	protected Loaded load(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		List<Pool> list = client.pools(parts, progress.split(1));
		ServerModel active = parts.isMissing(ApiPart.MODEL) ? null : parts.ask(() -> client.model(progress.split(1))).orElse(null);
		return new Loaded(list, active, parts.isMissing(ApiPart.MODEL));
	}

	@Override
	protected String consequence(ApiPart part) {
		Loaded loaded = current();
		return switch (part) {
			case POOLS -> loaded != null && loaded.pools().isEmpty()
					? Messages.Pools_noPoolsModel
					: Messages.Pools_noPoolsDefault;
			case MODEL -> Messages.Pools_noModel;
			default -> null;
		};
	}

	@Override
	protected void show(Loaded loaded) {
		shownPools = loaded.pools();
		pools.setInput(shownPools);
		pools.expandAll();
		ServerModel active = loaded.model();
		if (loaded.modelMissing()) {
			modelTitle.setText(Messages.Pools_modelHidden);
			ModelViewers.show(model, "");
		} else if (active == null || active.isDefault() || active.definition().isBlank()) {
			modelTitle.setText(Messages.Pools_noActiveModel);
			ModelViewers.show(model, "");
		} else {
			modelTitle.setText(active.applied() == null ? NLS.bind(Messages.Pools_activeModel, active.name())
					: NLS.bind(Messages.Pools_activeModelApplied, active.name(), Formats.time(active.applied())));
			ModelViewers.show(model, active.definition());
		}
		modelTitle.getParent().layout();
		setContentDescription(shownPools.size() == 1 ? Messages.Pools_countOne : NLS.bind(Messages.Pools_countMany, shownPools.size()));
		onSessionKnown();
	}

	@Override
	protected void onSessionKnown() {
		boolean admin = !connections.lacks(Role.ADMIN);
		boolean active = current() != null && current().model() != null && !current().model().isDefault();
		edit.setEnabled(admin && (current() == null || !current().modelMissing())); // a server that hides its model cannot show it to edit
		uploadFile.setEnabled(admin);
		uploadEditor.setEnabled(admin);
		delete.setEnabled(admin && active);
		if (!admin) {
			edit.setToolTipText(Roles.needs(Role.ADMIN));
			uploadFile.setToolTipText(Roles.needs(Role.ADMIN));
		}
	}

	/**
	 * Opens the model definition the server applies now (asked again, in a Job) in the model editor, bound
	 * to the server: Save uploads it ({@link ServerModelSave}). A server without a model gets the new-model
	 * template. An editor already open for this server is shown as it is, with its edits.
	 */
	public void editModel() {
		String server = connections.describe();
		runInJob(NLS.bind(Messages.Pools_opening, server), monitor -> connections.client(monitor).model(monitor), active -> {
			boolean none = active == null || active.isDefault() || active.definition().isBlank();
			ServerModelInput input = new ServerModelInput(server, none ? "" : active.name(),
					none ? NewModelWizard.template("licensing") : active.definition());
			try {
				getSite().getPage().openEditor(input, ModelUi.EDITOR_ID);
			} catch (PartInitException e) {
				showProblem(e.getMessage());
				ILog.of(getClass()).log(e.getStatus());
			}
		});
	}

	private void chooseAndUpload() {
		openFile(Messages.Pools_uploadTitle, new String[] { "*.model", "*.*" }, this::uploadFile);
	}

	/** Reads {@code file} (in the Job) and sends it to the server. */
	public void uploadFile(Path file) {
		upload(NLS.bind(Messages.Pools_uploading, file.getFileName()), monitor -> readFile(file, Messages.Pools_aModelDefinition));
	}

	/** A model definition open in an editor: the editor's title and its text, saved or not. */
	private record EditorModel(String name, String text) {
	}

	/** The active editor's model definition; empty, after telling the person to open one, when there is none. */
	private Optional<EditorModel> activeEditorModel(String title) {
		IEditorPart editor = getSite().getPage().getActiveEditor();
		Optional<EditorModel> model = CompareWithServer.editorText(editor).map(text -> new EditorModel(editor.getTitle(), text));
		if (model.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), title, Messages.Pools_openEditorFirst);
		}
		return model;
	}

	private void uploadFromEditor() {
		activeEditorModel(Messages.Pools_uploadEditorTitle).ifPresent(model -> uploadText(model.name(), model.text()));
	}

	/**
	 * Compares the active editor's model definition with the one the server applies now (asked again, in a Job):
	 * the compare editor shows the two, or the status line says they are the same.
	 */
	private void compareWithEditor() {
		activeEditorModel(Messages.Pools_compareEditorTitle).ifPresent(model -> {
			String server = connections.describe();
			runInJob(NLS.bind(Messages.Pools_comparing, model.name()), monitor -> connections.client(monitor).model(monitor),
					active -> CompareWithServer.show(model.name(), model.text(), server, active)
							.ifPresent(same -> getViewSite().getActionBars().getStatusLineManager().setMessage(same)));
		});
	}

	/** Sends {@code definition} to the server; a refusal keeps the current model and shows why. */
	public void uploadText(String what, String definition) {
		upload(NLS.bind(Messages.Pools_uploading, what), monitor -> definition);
	}

	private void upload(String name, ServerWork<String> read) {
		runInJob(name, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 3);
			String definition = read.run(progress.split(1));
			connections.client(progress.split(1)).uploadModel(definition, progress.split(1));
			return definition;
		}, uploaded -> {
			getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.Pools_uploaded);
			tabs.setSelection(1);
			refresh();
		});
	}

	private void deleteModel() {
		if (!MessageDialog.openConfirm(getSite().getShell(), Messages.Pools_deleteTitle,
				NLS.bind(Messages.Pools_deleteQuestion, connections.describe()))) {
			return;
		}
		deleteModelNow();
	}

	/** Deletes the model without asking (what Delete Model does once confirmed). */
	public void deleteModelNow() {
		runInJob(Messages.Pools_deleting, monitor -> {
			connections.client(monitor).deleteModel(monitor);
			return Boolean.TRUE;
		}, done -> refresh());
	}

	// ---- for tests

	public TreeViewer poolsViewer() {
		return pools;
	}

	public String modelText() {
		return model.getDocument() == null ? "" : model.getDocument().get();
	}

	public SourceViewer modelViewer() {
		return model;
	}

	public Button editButton() {
		return edit;
	}

	public Button deleteButton() {
		return delete;
	}

	public CTabFolder tabs() {
		return tabs;
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}
}

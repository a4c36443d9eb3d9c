package org.seatkeeper.ui.internal.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.HostId;
import org.seatkeeper.core.domain.HostIds;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.Setting;
import org.seatkeeper.model.policy.SettingType;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.tables.GroupedTree;
import org.seatkeeper.ui.internal.views.Roles;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * The server's policy settings in its eight groups. Values an administrator may change are edited in
 * place (checked as they are typed: a bad value is refused with the reason); producer-only ones are
 * shown read-only with the reason. Save shows what changes and sends it; Revert drops the edits. A
 * refused save keeps the edits. The General group starts with the server's hostid, chosen among those
 * of its machine and sent with Save too.
 */
public class ServerPropertiesView extends ServerView<ServerPropertiesView.Loaded> {

	public static final String ID = SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID;

	/** A group of settings as shown. */
	public record Group(String label, List<Setting> settings) {
	}

	/** One load: the settings, and the server's hostids ({@code null} when the server does not list them). */
	public record Loaded(List<Setting> settings, HostIds hostIds) {
	}

	/**
	 * The first row of the General group: the hostid the server names itself by in capability requests,
	 * chosen among those of its machine (the one registered with the back office).
	 */
	public record HostIdRow(HostIds hostIds) {
	}

	private TreeViewer viewer;
	private Button save;
	private Button revert;
	private Label status;
	private final Map<String, String> edits = new LinkedHashMap<>();
	private HostId hostIdEdit;
	private HostIdRow hostIdRow;
	private List<Group> groups = List.of();

	@Override
	protected String loadingWhat() {
		return NLS.bind(Messages.Properties_loading, connections.describe());
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		viewer = GroupedTree.create(parent, SWT.BORDER, this::children);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		ColumnViewerToolTipSupport.enableFor(viewer);
		getSite().setSelectionProvider(viewer); // the Properties view shows the selected setting
		column(Messages.Properties_setting, 300, element -> element instanceof Group g ? g.label() : element instanceof HostIdRow ? Messages.Properties_hostIdLabel
				: ((Setting) element).name());
		TreeViewerColumn value = column(Messages.Properties_value, 220, element -> element instanceof Setting s ? valueOf(s)
				: element instanceof HostIdRow row ? shown(selectedHostId(row)) : "");
		value.setEditingSupport(new ValueEditing());
		column(Messages.Properties_default, 140, element -> element instanceof Setting s ? s.defaultValue() : "");
		column(Messages.Properties_description, 420, element -> element instanceof Setting s ? s.description()
				: element instanceof HostIdRow row ? hostIdDescription(row) : "");

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		status = new Label(buttons, SWT.NONE);
		status.setData("name", "edits");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		revert = new Button(buttons, SWT.PUSH);
		revert.setText(Messages.Properties_revert);
		revert.addListener(SWT.Selection, e -> revert());
		save = new Button(buttons, SWT.PUSH);
		save.setText(Messages.Properties_save);
		save.addListener(SWT.Selection, e -> save(true));
		updateButtons();
	}

	private TreeViewerColumn column(String title, int width, java.util.function.Function<Object, String> text) {
		// the text, with the marks of read-only, edited and group rows
		TreeViewerColumn column = GroupedTree.column(viewer, title, width, new GroupedTree.Labels(text) {
			@Override
			public Image getImage(Object element) {
				if (!Messages.Properties_setting.equals(title) || !(element instanceof Setting s) || s.editable()) {
					return null;
				}
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Setting s && !s.editable()
						? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)
						: null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Group || element instanceof Setting s && edits.containsKey(s.name())
						|| element instanceof HostIdRow && hostIdEdit != null ? boldFont() : null;
			}

			@Override
			public String getToolTipText(Object element) {
				if (element instanceof HostIdRow row) {
					return hostIdDescription(row);
				}
				if (element instanceof Setting s) {
					return s.editable() ? s.name() + " (" + s.type().toLowerCase(Locale.ROOT) + ")" : Messages.Properties_producerOnly;
				}
				return null;
			}
		});
		return column;
	}

	private String valueOf(Setting setting) {
		return edits.getOrDefault(setting.name(), setting.value());
	}

	private List<?> children(Object element) {
		if (!(element instanceof Group group)) {
			return List.of();
		}
		if (hostIdRow == null || !group.label().equals(groups.get(0).label())) {
			return group.settings();
		}
		List<Object> rows = new ArrayList<>();
		rows.add(hostIdRow); // the guide's General Properties start with the server's hostid
		rows.addAll(group.settings());
		return rows;
	}

	private HostId selectedHostId(HostIdRow row) {
		return hostIdEdit != null ? hostIdEdit : row.hostIds().selected();
	}

	private static String shown(HostId hostId) {
		return hostId == null ? Messages.Properties_notChosen : hostId.value() + " (" + hostId.type() + ")";
	}

	private static String hostIdDescription(HostIdRow row) {
		int count = row.hostIds().all().size();
		return count == 1 ? Messages.Properties_hostIdOne : NLS.bind(Messages.Properties_hostIds, count);
	}

	/** What is wrong with {@code value} for {@code setting}, or empty. */
	static Optional<String> problem(Setting setting, String value) {
		try {
			return SettingType.valueOf(setting.type()).problem(value).map(p -> setting.name() + ": " + p);
		} catch (IllegalArgumentException unknownType) {
			return Optional.empty(); // a type this version does not know: the server checks it
		}
	}

	private final class ValueEditing extends EditingSupport {
		ValueEditing() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			if (element instanceof HostIdRow row) {
				return row.hostIds().all().size() > 1 && !connections.lacks(Role.ADMIN);
			}
			return element instanceof Setting s && s.editable() && !connections.lacks(Role.ADMIN);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (element instanceof HostIdRow row) {
				return new org.eclipse.jface.viewers.ComboBoxCellEditor(viewer.getTree(),
						row.hostIds().all().stream().map(ServerPropertiesView::shown).toArray(String[]::new), SWT.READ_ONLY);
			}
			Setting setting = (Setting) element;
			TextCellEditor editor = new TextCellEditor(viewer.getTree());
			editor.setValidator(value -> problem(setting, (String) value).orElse(null));
			editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
				@Override
				public void applyEditorValue() {
				}

				@Override
				public void cancelEditor() {
					clearProblem();
				}

				@Override
				public void editorValueChanged(boolean oldValid, boolean newValid) {
					if (newValid) {
						clearProblem();
					} else {
						showProblem(editor.getErrorMessage());
					}
				}
			});
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			if (element instanceof HostIdRow row) {
				return Math.max(0, row.hostIds().all().indexOf(selectedHostId(row)));
			}
			return valueOf((Setting) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (element instanceof HostIdRow row) {
				int index = (Integer) value;
				if (index >= 0 && index < row.hostIds().all().size()) {
					selectHostId(row.hostIds().all().get(index));
				}
				return;
			}
			edit(((Setting) element).name(), (String) value);
		}
	}

	/** Changes a value as the user would in the table (not saved until {@link #save}). */
	public Optional<String> edit(String name, String value) {
		Setting setting = setting(name).orElseThrow(() -> new IllegalArgumentException("no setting " + name));
		if (!setting.editable()) {
			String problem = NLS.bind(Messages.Properties_readOnlySetting, name, Messages.Properties_producerOnly);
			showProblem(problem);
			return Optional.of(problem);
		}
		Optional<String> problem = problem(setting, value);
		if (problem.isPresent()) {
			showProblem(problem.get());
			return problem;
		}
		if (value.equals(setting.value())) {
			edits.remove(name);
		} else {
			edits.put(name, value.trim());
		}
		viewer.update(setting, null);
		updateButtons();
		return Optional.empty();
	}

	/** Chooses the hostid the server should name itself by, as the user would in the table (not saved until {@link #save}). */
	public void selectHostId(HostId hostId) {
		if (hostIdRow == null || !hostIdRow.hostIds().all().contains(hostId)) {
			throw new IllegalArgumentException("the server does not offer the hostid " + hostId);
		}
		hostIdEdit = hostId.equals(hostIdRow.hostIds().selected()) ? null : hostId;
		viewer.update(hostIdRow, null);
		updateButtons();
	}

	/** The server's hostids as last loaded, or {@code null} when it does not list them. */
	public HostIds hostIds() {
		return hostIdRow == null ? null : hostIdRow.hostIds();
	}

	private Optional<Setting> setting(String name) {
		return groups.stream().flatMap(g -> g.settings().stream()).filter(s -> s.name().equals(name)).findFirst();
	}

	/** The changes waiting for Save, as "name: old → new" lines. */
	public List<String> pendingChanges() {
		List<String> lines = new ArrayList<>();
		if (hostIdEdit != null) {
			lines.add(Messages.Properties_hostIdLabel + ": " + shown(hostIdRow.hostIds().selected()) + " \u2192 " + shown(hostIdEdit));
		}
		edits.forEach((name, value) -> lines.add(name + ": " + setting(name).map(Setting::value).orElse("") + " \u2192 " + value));
		return lines;
	}

	/** Shows what changes and sends it (after confirmation when {@code ask}); a refusal keeps the edits. */
	public void save(boolean ask) {
		if (edits.isEmpty() && hostIdEdit == null) {
			return;
		}
		if (ask && !MessageDialog.openConfirm(getSite().getShell(), Messages.Properties_saveTitle,
				NLS.bind(Messages.Properties_saveQuestion, connections.describe(), String.join("\n", pendingChanges())))) {
			return;
		}
		Map<String, String> changes = new LinkedHashMap<>(edits);
		HostId hostId = hostIdEdit;
		int count = changes.size() + (hostId == null ? 0 : 1);
		save.setEnabled(false);
		runInJob(count == 1 ? Messages.Properties_savingOne : NLS.bind(Messages.Properties_saving, count), monitor -> {
			LicenseServerClient client = connections.client(monitor);
			// the hostid first: when it is refused, no setting has changed yet
			HostIds hostIds = hostId == null ? hostIds(client, new OptionalParts(), monitor) : client.selectHostId(hostId, monitor);
			List<Setting> settings = changes.isEmpty() ? client.settings(monitor) : client.updateSettings(changes, monitor);
			return new Loaded(settings, hostIds);
		}, saved -> {
			changes.keySet().forEach(edits::remove);
			if (hostId != null && hostId.equals(hostIdEdit)) {
				hostIdEdit = null;
			}
			getViewSite().getActionBars().getStatusLineManager().setMessage(count == 1 ? Messages.Properties_savedOne : NLS.bind(Messages.Properties_saved, count));
			show(saved);
		});
	}

	private void revert() {
		edits.clear();
		hostIdEdit = null;
		viewer.refresh();
		updateButtons();
		clearProblem();
	}

	private void updateButtons() {
		if (save == null || save.isDisposed()) {
			return;
		}
		boolean mayEdit = !connections.lacks(Role.ADMIN);
		int changes = edits.size() + (hostIdEdit == null ? 0 : 1);
		save.setEnabled(changes > 0 && mayEdit);
		revert.setEnabled(changes > 0);
		status.setText(!mayEdit ? NLS.bind(Messages.Properties_readOnly, Roles.needs(Role.ADMIN))
				: changes == 0 ? Messages.Properties_doubleClick : changes == 1 ? Messages.Properties_unsavedOne
				: NLS.bind(Messages.Properties_unsaved, changes));
		status.getParent().layout();
	}

	/** Edits made for one server mean nothing for another: they are dropped. */
	@Override
	protected void serverChanged() {
		edits.clear();
		hostIdEdit = null;
		updateButtons();
	}

	@Override
	protected void onSessionKnown() {
		updateButtons();
	}

	@Override
	protected Loaded load(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		return new Loaded(client.settings(monitor), hostIds(client, parts, monitor));
	}

	/** The server's hostids, or {@code null} from a server that does not list them. */
	private static HostIds hostIds(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		return parts.ask(() -> client.hostIds(monitor)).orElse(null);
	}

	@Override
	protected String consequence(ApiPart part) {
		return part == ApiPart.HOSTIDS ? Messages.Properties_hostIdUnknown : null;
	}

	@Override
	protected void show(Loaded loaded) {
		hostIdRow = loaded.hostIds() == null ? null : new HostIdRow(loaded.hostIds());
		if (hostIdRow != null && hostIdEdit != null && !hostIdRow.hostIds().all().contains(hostIdEdit)) {
			hostIdEdit = null; // no longer offered
		}
		Map<String, List<Setting>> byGroup = new LinkedHashMap<>();
		for (Setting setting : loaded.settings()) {
			String label = setting.groupLabel().isEmpty() ? Messages.Properties_otherSettings : setting.groupLabel();
			byGroup.computeIfAbsent(label, k -> new ArrayList<>()).add(setting);
		}
		List<Group> shown = new ArrayList<>();
		byGroup.forEach((label, settings) -> shown.add(new Group(label, List.copyOf(settings))));
		Object[] expanded = viewer.getExpandedElements();
		List<String> open = java.util.Arrays.stream(expanded).map(e -> ((Group) e).label()).toList();
		groups = List.copyOf(shown);
		viewer.setInput(groups);
		for (Group group : groups) {
			viewer.setExpandedState(group, open.isEmpty() || open.contains(group.label()));
		}
		String counted = NLS.bind(Messages.Properties_counts, loaded.settings().size(), groups.size());
		setContentDescription(hostIdRow == null ? counted
				: NLS.bind(Messages.Properties_countsAndHostId, counted, shown(hostIdRow.hostIds().selected())));
		updateButtons();
	}

	// ---- for tests

	public List<Group> groups() {
		return groups;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public Button saveButton() {
		return save;
	}

	@Override
	public void setFocus() {
		viewer.getTree().setFocus();
	}
}

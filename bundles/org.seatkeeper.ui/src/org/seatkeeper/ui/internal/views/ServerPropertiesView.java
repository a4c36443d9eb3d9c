package org.seatkeeper.ui.internal.views;

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
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Role;
import org.seatkeeper.core.domain.Setting;
import org.seatkeeper.model.policy.SettingType;
import org.seatkeeper.ui.SeatkeeperUi;

/**
 * The server's policy settings in its eight groups. Values an administrator may change are edited in
 * place (checked as they are typed: a bad value is refused with the reason); producer-only ones are
 * shown read-only with the reason. Save shows what changes and sends it; Revert drops the edits. A
 * refused save keeps the edits.
 */
public class ServerPropertiesView extends ServerView<List<Setting>> {

	public static final String ID = SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID;

	static final String PRODUCER_ONLY = "Only the producer can change this setting: it could weaken the server's security or its "
			+ "link to the back office";

	/** A group of settings as shown. */
	public record Group(String label, List<Setting> settings) {
	}

	private TreeViewer viewer;
	private Button save;
	private Button revert;
	private Label status;
	private final Map<String, String> edits = new LinkedHashMap<>();
	private List<Group> groups = List.of();

	@Override
	protected String loadingWhat() {
		return "Loading the settings of " + connections.describe();
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		viewer = GroupedTree.create(parent, SWT.BORDER, e -> e instanceof Group group ? group.settings() : List.of());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column("Setting", 300, element -> element instanceof Group g ? g.label() : ((Setting) element).name());
		TreeViewerColumn value = column("Value", 220, element -> element instanceof Setting s ? valueOf(s) : "");
		value.setEditingSupport(new ValueEditing());
		column("Default", 140, element -> element instanceof Setting s ? s.defaultValue() : "");
		column("Description", 420, element -> element instanceof Setting s ? s.description() : "");

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		status = new Label(buttons, SWT.NONE);
		status.setData("name", "edits");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		revert = new Button(buttons, SWT.PUSH);
		revert.setText("Re&vert");
		revert.addListener(SWT.Selection, e -> revert());
		save = new Button(buttons, SWT.PUSH);
		save.setText("&Save\u2026");
		save.addListener(SWT.Selection, e -> save(true));
		updateButtons();
	}

	private TreeViewerColumn column(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = GroupedTree.column(viewer, title, width, text);
		// the same text, with the marks of read-only, edited and group rows
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				if (!"Setting".equals(title) || !(element instanceof Setting s) || s.editable()) {
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
				return element instanceof Group || element instanceof Setting s && edits.containsKey(s.name()) ? boldFont() : null;
			}

			@Override
			public String getToolTipText(Object element) {
				if (element instanceof Setting s) {
					return s.editable() ? s.name() + " (" + s.type().toLowerCase(Locale.ROOT) + ")" : PRODUCER_ONLY + ".";
				}
				return null;
			}
		});
		return column;
	}

	private String valueOf(Setting setting) {
		return edits.getOrDefault(setting.name(), setting.value());
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
			return element instanceof Setting s && s.editable() && !connections.lacks(Role.ADMIN);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
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
			return valueOf((Setting) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			edit(((Setting) element).name(), (String) value);
		}
	}

	/** Changes a value as the user would in the table (not saved until {@link #save}). */
	public Optional<String> edit(String name, String value) {
		Setting setting = setting(name).orElseThrow(() -> new IllegalArgumentException("no setting " + name));
		if (!setting.editable()) {
			String problem = name + " is read-only. " + PRODUCER_ONLY + ".";
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

	private Optional<Setting> setting(String name) {
		return groups.stream().flatMap(g -> g.settings().stream()).filter(s -> s.name().equals(name)).findFirst();
	}

	/** The changes waiting for Save, as "name: old → new" lines. */
	public List<String> pendingChanges() {
		List<String> lines = new ArrayList<>();
		edits.forEach((name, value) -> lines.add(name + ": " + setting(name).map(Setting::value).orElse("") + " \u2192 " + value));
		return lines;
	}

	/** Shows what changes and sends it (after confirmation when {@code ask}); a refusal keeps the edits. */
	public void save(boolean ask) {
		if (edits.isEmpty()) {
			return;
		}
		if (ask && !MessageDialog.openConfirm(getSite().getShell(), "Save Settings",
				"Change these settings on " + connections.describe() + "?\n\n" + String.join("\n", pendingChanges()))) {
			return;
		}
		Map<String, String> changes = new LinkedHashMap<>(edits);
		save.setEnabled(false);
		runInJob("Saving " + changes.size() + " settings", monitor -> connections.client(monitor).updateSettings(changes, monitor),
				saved -> {
					changes.keySet().forEach(edits::remove);
					getViewSite().getActionBars().getStatusLineManager().setMessage(changes.size() + " settings saved");
					show(saved);
				});
	}

	private void revert() {
		edits.clear();
		viewer.refresh();
		updateButtons();
		clearProblem();
	}

	private void updateButtons() {
		if (save == null || save.isDisposed()) {
			return;
		}
		boolean mayEdit = !connections.lacks(Role.ADMIN);
		save.setEnabled(!edits.isEmpty() && mayEdit);
		revert.setEnabled(!edits.isEmpty());
		status.setText(!mayEdit ? Roles.needs(Role.ADMIN) + ": the settings are read-only."
				: edits.isEmpty() ? "Double-click a value to change it." : edits.size() + (edits.size() == 1 ? " change" : " changes")
						+ " not saved yet");
		status.getParent().layout();
	}

	/** Edits made for one server mean nothing for another: they are dropped. */
	@Override
	protected void serverChanged() {
		edits.clear();
		updateButtons();
	}

	@Override
	protected void onSessionKnown() {
		updateButtons();
	}

	@Override
	protected List<Setting> load(LicenseServerClient client, IProgressMonitor monitor) throws ServerException {
		return client.settings(monitor);
	}

	@Override
	protected void show(List<Setting> loaded) {
		Map<String, List<Setting>> byGroup = new LinkedHashMap<>();
		for (Setting setting : loaded) {
			String label = setting.groupLabel().isEmpty() ? "Other Settings" : setting.groupLabel();
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
		setContentDescription(loaded.size() + " settings in " + groups.size() + " groups");
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

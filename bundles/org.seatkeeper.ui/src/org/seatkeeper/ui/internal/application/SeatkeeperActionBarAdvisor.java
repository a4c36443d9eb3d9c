package org.seatkeeper.ui.internal.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.seatkeeper.ui.internal.files.OpenFileAction;
import org.seatkeeper.ui.internal.files.OpenRecentMenu;

/**
 * The menus of the Seatkeeper window: File (New › Model Definition, Open File…, Open Recent, Save, Save As…,
 * Close, Close All, Exit), Window and Help with the workbench's own actions, and the
 * standard "additions" slots where Seatkeeper's bundles contribute their commands through
 * {@code plugin.xml} (so that those contributions also fit into an Eclipse IDE's menus).
 */
public class SeatkeeperActionBarAdvisor extends ActionBarAdvisor {

	/** The model editor's command that creates a model file anywhere on disk. */
	static final String NEW_MODEL_FILE = "org.seatkeeper.model.ui.newModelFile";

	private IWorkbenchAction quit;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private OpenFileAction openFile;
	private IWorkbenchWindow window;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IContributionItem showViews;

	public SeatkeeperActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		this.window = window;
		quit = register(ActionFactory.QUIT.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAs = register(ActionFactory.SAVE_AS.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		openFile = new OpenFileAction(window);
		super.register(openFile);
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		about.setText(Messages.Menu_about);
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.Menu_new, "newMenu"); // not "new.ext": the IDE adds Open Projects after that one
		CommandContributionItemParameter newModel = new CommandContributionItemParameter(window, NEW_MODEL_FILE, NEW_MODEL_FILE,
				CommandContributionItem.STYLE_PUSH);
		newModel.label = Messages.Menu_newModel;
		newModel.mnemonic = "M";
		newMenu.add(new CommandContributionItem(newModel));
		file.add(newMenu);
		file.add(openFile);
		MenuManager recent = new MenuManager(Messages.Menu_openRecent, "openRecent");
		recent.add(new OpenRecentMenu(window));
		file.add(recent);
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView");
		showView.add(showViews);
		window.add(showView);
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}

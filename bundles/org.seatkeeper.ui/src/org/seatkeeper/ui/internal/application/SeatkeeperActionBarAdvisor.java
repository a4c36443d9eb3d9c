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

/**
 * The menus of the Seatkeeper window: File, Window and Help with the workbench's own actions, and the
 * standard "additions" slots where Seatkeeper's bundles contribute their commands through
 * {@code plugin.xml} (so that those contributions also fit into an Eclipse IDE's menus).
 */
public class SeatkeeperActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IContributionItem showViews;

	public SeatkeeperActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = register(ActionFactory.QUIT.create(window));
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

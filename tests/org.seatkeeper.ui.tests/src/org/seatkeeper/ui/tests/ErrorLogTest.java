package org.seatkeeper.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.testing.ui.UiTestSupport;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.features.FeaturesView;
import org.seatkeeper.ui.internal.properties.ServerPropertiesView;

/**
 * The Error Log is for the unexpected: a server that stays down is logged once, not at every refresh, and a
 * value a person mistyped is shown where they typed it, never logged.
 */
class ErrorLogTest {

	@TempDir
	Path data;
	private TestServer server;
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void open() throws Exception {
		server = new TestServer(data).withFeatures();
		server.connect(50);
		Platform.addLogListener(listener);
	}

	@AfterEach
	void close() throws Exception {
		Platform.removeLogListener(listener);
		server.close();
	}

	@Test
	void tenFailedRefreshesOfAServerThatIsDownGiveOneLogEntry() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FeaturesView view = (FeaturesView) page.showView(SeatkeeperUi.FEATURES_VIEW_ID);
		server.stop();
		for (int i = 0; i < 10; i++) {
			view.refresh();
			UiTestSupport.waitForJobs(SeatkeeperUi.JOB_FAMILY);
			UiTestSupport.processEvents();
			assertTrue(view.problem() != null, "refresh " + (i + 1) + " shows no problem");
		}
		List<IStatus> aboutTheServer = logged.stream().filter(s -> s.getMessage().startsWith(view.getPartName() + ":")).toList();
		assertEquals(1, aboutTheServer.size(), "logged: " + aboutTheServer.stream().map(IStatus::getMessage).toList());
		assertTrue(view.problem().contains("127.0.0.1:" + server.port()), view.problem());
	}

	@Test
	void typingAnInvalidSettingValueShowsTheReasonInTheViewAndLogsNothing() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ServerPropertiesView view = (ServerPropertiesView) page.showView(SeatkeeperUi.SERVER_PROPERTIES_VIEW_ID);
		UiTestSupport.waitUntil("the settings", () -> view.current() != null && !view.groups().isEmpty());
		logged.clear();

		assertTrue(view.edit("security.token.duration", "forever").isPresent());
		assertTrue(view.problem().contains("expected a time such as 30s"), view.problem());
		UiTestSupport.processEvents();
		assertEquals(List.of(), logged.stream().map(IStatus::getMessage).toList());
	}
}

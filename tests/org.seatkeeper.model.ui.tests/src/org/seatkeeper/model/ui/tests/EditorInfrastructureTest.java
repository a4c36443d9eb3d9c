package org.seatkeeper.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** What the model-definition editor builds on is present wherever the editor bundle is installed. */
class EditorInfrastructureTest {

	@Test
	void genericEditorIsRegistered() {
		assertNotNull(PlatformUI.getWorkbench().getEditorRegistry().findEditor("org.eclipse.ui.genericeditor.GenericEditor"),
				"the generic editor that model-definition files open in");
	}

	@Test
	void workspaceHasALocationOnDisk() {
		Path location = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		assertTrue(Files.isDirectory(location), location + " exists");
	}

	@Test
	void editorBundleIsResolved() {
		Bundle editor = Platform.getBundle("org.seatkeeper.model.ui");
		assertNotNull(editor, "org.seatkeeper.model.ui is installed");
		assertTrue((editor.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0);
		assertEquals("org.seatkeeper.model.ui", editor.getSymbolicName());
	}
}

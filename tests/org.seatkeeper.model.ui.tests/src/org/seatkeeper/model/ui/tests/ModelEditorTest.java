package org.seatkeeper.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.model.ui.ModelUi;
import org.seatkeeper.model.ui.internal.content.ModelContentDescriber;
import org.seatkeeper.model.ui.internal.preferences.SyntaxStyle;
import org.seatkeeper.testing.ui.UiTestSupport;

/** A model file in the generic editor: its content type, colours, and problems as they are typed and fixed. */
class ModelEditorTest {

	static final String TEXT = """
			// Engineering gets its own pool
			model "example" {
			  partitions {
			    partition "engineering" { "f1" 1.0 5 }
			    partition "sales" { "f1" 1.0 50% }
			  }
			  /* block
			     comment */
			  on hostname("~/eng-[0-9]+/") && !dictionary("tier" : "gold") { use "engineering" accept }
			  on any() { use "default" accept }
			}
			""";

	IProject project;
	IFile file;
	ITextEditor editor;

	@BeforeEach
	void open() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("model-editor-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("example.model");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		assertEquals(ModelUi.EDITOR_ID, part.getSite().getId(), "model files open in the generic editor");
		editor = (ITextEditor) part;
		UiTestSupport.processEvents();
	}

	@AfterEach
	void close() throws CoreException {
		editor.getSite().getPage().closeEditor(editor, false);
		project.delete(true, true, null);
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	StyledText text() {
		return (StyledText) editor.getAdapter(Control.class);
	}

	StyleRange styleAt(String needle, int plus) {
		int offset = TEXT.indexOf(needle) + plus;
		assertTrue(offset >= plus, needle);
		return UiTestSupport.waitFor("a style at '" + needle + "'", () -> text().getStyleRangeAtOffset(offset));
	}

	static RGB color(SyntaxStyle style) {
		IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ModelUi.PLUGIN_ID);
		return PreferenceConverter.getColor(store, style.colorKey());
	}

	void assertStyle(SyntaxStyle style, String needle, int plus) {
		StyleRange range = styleAt(needle, plus);
		assertEquals(color(style), range.foreground.getRGB(), style + " at '" + needle + "'+" + plus);
	}

	IMarker[] markers() throws CoreException {
		return file.findMarkers(ModelUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
	}

	@Test
	void theContentTypeByExtensionAndByContent() throws Exception {
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("policy.model");
		assertEquals(ModelUi.CONTENT_TYPE, type.getId());
		assertEquals(ModelUi.CONTENT_TYPE, file.getContentDescription().getContentType().getId());
		assertTrue(ModelContentDescriber.startsLikeAModel(TEXT));
		assertTrue(ModelContentDescriber.startsLikeAModel("/* a\n b */\n\uFEFF model  \"m\" {}".replace("\uFEFF", "")));
		assertFalse(ModelContentDescriber.startsLikeAModel("models \"m\""));
		assertFalse(ModelContentDescriber.startsLikeAModel("// model \"m\""));
		assertFalse(ModelContentDescriber.startsLikeAModel("/* unterminated model \"m\""));
		IContentType[] byContent = Platform.getContentTypeManager()
				.findContentTypesFor(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), null);
		assertTrue(Arrays.stream(byContent).anyMatch(t -> t.getId().equals(ModelUi.CONTENT_TYPE)), Arrays.toString(byContent));
	}

	@Test
	void tokensHaveTheirStyles() {
		assertStyle(SyntaxStyle.COMMENT, "// Engineering", 3);
		assertStyle(SyntaxStyle.KEYWORD, "model \"example\"", 0);
		assertTrue((styleAt("model \"example\"", 0).fontStyle & SWT.BOLD) != 0, "keywords are bold");
		assertStyle(SyntaxStyle.STRING, "\"example\"", 1);
		assertStyle(SyntaxStyle.KEYWORD, "partitions", 2);
		assertStyle(SyntaxStyle.VERSION, "1.0 5", 0);
		assertStyle(SyntaxStyle.VERSION, "1.0 5", 2);
		assertStyle(SyntaxStyle.NUMBER, "1.0 5", 4);
		assertStyle(SyntaxStyle.PERCENT, "50%", 0);
		assertStyle(SyntaxStyle.PERCENT, "50%", 2);
		assertStyle(SyntaxStyle.COMMENT, "comment */", 2);
		assertStyle(SyntaxStyle.REGEX, "\"~/eng", 4);
		assertStyle(SyntaxStyle.OPERATOR, "&&", 0);
		assertStyle(SyntaxStyle.OPERATOR, "!dictionary", 0);
		assertStyle(SyntaxStyle.KEYWORD, "dictionary", 0);
		assertStyle(SyntaxStyle.OPERATOR, "{ use \"engineering\" accept", 0);
		UiTestSupport.screenshot(text().getShell(), Path.of("target", "screenshots", "model-editor.png"));
	}

	@Test
	void problemsAppearWhenTypedAndGoWhenFixed() throws Exception {
		UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
		assertEquals(0, markers().length, "the example is valid");
		IDocument document = document();
		int at = TEXT.indexOf("use \"engineering\"") + 5;
		document.replace(at, "engineering".length(), "engneering");
		UiTestSupport.waitUntil("a problem marker", () -> {
			UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
			try {
				return markers().length == 1;
			} catch (CoreException e) {
				return false;
			}
		});
		IMarker marker = markers()[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(at - 1, marker.getAttribute(IMarker.CHAR_START, -1), "starts at the pool name's quote");
		assertEquals(at - 1 + "\"engneering\"".length(), marker.getAttribute(IMarker.CHAR_END, -1));
		assertEquals(9, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("engneering"), marker.getAttribute(IMarker.MESSAGE, ""));

		document.replace(at, "engneering".length(), "engineering");
		UiTestSupport.waitUntil("no problem marker", () -> {
			UiTestSupport.waitForJobs(ModelUi.JOB_FAMILY);
			try {
				return markers().length == 0;
			} catch (CoreException e) {
				return false;
			}
		});
	}

	@Test
	void colourPreferencesApplyToOpenEditors() {
		IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ModelUi.PLUGIN_ID);
		RGB before = color(SyntaxStyle.KEYWORD);
		RGB changed = new RGB(10, 20, 30);
		try {
			PreferenceConverter.setValue(store, SyntaxStyle.KEYWORD.colorKey(), changed);
			int offset = TEXT.indexOf("partitions");
			UiTestSupport.waitUntil("the keyword in the new colour", () -> {
				StyleRange range = text().getStyleRangeAtOffset(offset);
				return range != null && range.foreground.getRGB().equals(changed);
			});
		} finally {
			store.setToDefault(SyntaxStyle.KEYWORD.colorKey());
		}
		assertEquals(before, color(SyntaxStyle.KEYWORD));
		assertNotNull(document());
	}

	/** How much lighter the lighter of two colours is (WCAG contrast ratio, 1 to 21). */
	static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(RGB rgb) {
		double[] c = { rgb.red / 255.0, rgb.green / 255.0, rgb.blue / 255.0 };
		for (int i = 0; i < 3; i++) {
			c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

	@Test
	void theDarkThemeGivesItsOwnColoursReadableOnItsBackground() {
		IThemeEngine engine = (IThemeEngine) text().getDisplay().getData("org.eclipse.e4.ui.css.swt.theme");
		assertNotNull(engine, "the workbench runs with the CSS theme engine");
		String light = engine.getActiveTheme() == null ? "org.eclipse.e4.ui.css.theme.e4_default" : engine.getActiveTheme().getId();
		try {
			engine.setTheme("org.eclipse.e4.ui.css.theme.e4_dark", false);
			for (SyntaxStyle style : SyntaxStyle.values()) {
				UiTestSupport.waitUntil(style + " in the dark theme's colour", () -> color(style).equals(style.darkColor()));
			}
			int offset = TEXT.indexOf("partitions");
			UiTestSupport.waitUntil("the open editor in the dark colours", () -> {
				StyleRange range = text().getStyleRangeAtOffset(offset);
				return range != null && range.foreground.getRGB().equals(SyntaxStyle.KEYWORD.darkColor());
			});
			RGB background = text().getBackground().getRGB();
			assertTrue(luminance(background) < 0.1, "the dark theme's editor background is dark: " + background);
			System.out.printf("[theme] dark: background %s, lowest contrast of a syntax colour %.2f%n", background,
					java.util.Arrays.stream(SyntaxStyle.values()).mapToDouble(s -> contrast(s.darkColor(), background)).min().orElse(0));
			for (SyntaxStyle style : SyntaxStyle.values()) {
				double ratio = contrast(style.darkColor(), background);
				assertTrue(ratio >= 4.5, style + " " + style.darkColor() + " on " + background + " has a contrast of only " + ratio);
			}
		} finally {
			engine.setTheme(light, false);
		}
		for (SyntaxStyle style : SyntaxStyle.values()) {
			UiTestSupport.waitUntil(style + " back in the light colour", () -> color(style).equals(style.lightColor()));
		}
		RGB background = text().getBackground().getRGB();
		System.out.printf("[theme] light: background %s, lowest contrast of a syntax colour %.2f%n", background,
				java.util.Arrays.stream(SyntaxStyle.values()).mapToDouble(s -> contrast(s.lightColor(), background)).min().orElse(0));
		for (SyntaxStyle style : SyntaxStyle.values()) {
			double ratio = contrast(style.lightColor(), background);
			assertTrue(ratio >= 4.5, style + " " + style.lightColor() + " on " + background + " has a contrast of only " + ratio);
		}
	}
}

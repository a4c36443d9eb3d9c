package org.seatkeeper.model.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.seatkeeper.model.ui.ModelUi;

/** File › New › Model Definition: a {@code .model} file from a template that validates, opened in the editor. */
public final class NewModelWizard extends BasicNewResourceWizard {

	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(Messages.NewModelWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("model", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(template(getFileName()).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle(Messages.NewModelWizard_pageTitle);
		page.setDescription(Messages.NewModelWizard_pageDescription);
		page.setFileExtension(ModelUi.EXTENSION);
		page.setFileName("licensing." + ModelUi.EXTENSION);
		addPage(page);
	}

	/** The template for a file named {@code fileName}: one pool, a rule that uses it, and the default rule. */
	public static String template(String fileName) {
		String name = fileName == null ? "model" : fileName.replaceFirst("\\.model$", "");
		return """
				// Named license pools and the rules that choose them. The server applies the first rule
				// whose condition a device meets; "default" holds every count the named pools do not take.
				model "%s" {
				  partitions {
				    partition "engineering" {
				      "feature_name" 1.0 10
				    }
				  }
				  on dictionary("business-unit" : "engineering") { use "engineering" accept }
				  on any() { use "default" accept }
				}
				""".formatted(name.replace("\"", "'"));
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		IWorkbenchPage active = getWorkbench().getActiveWorkbenchWindow() == null ? null
				: getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				IDE.openEditor(active, file);
			} catch (PartInitException e) {
				page.setErrorMessage(NLS.bind(Messages.NewModelWizard_notOpened, e.getMessage()));
				return false;
			}
		}
		return true;
	}
}

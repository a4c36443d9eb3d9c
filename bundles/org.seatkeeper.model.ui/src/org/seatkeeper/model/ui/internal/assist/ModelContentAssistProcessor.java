package org.seatkeeper.model.ui.internal.assist;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.seatkeeper.model.allocation.ServerFeature;
import org.seatkeeper.model.assist.ModelCompletions;
import org.seatkeeper.model.ui.internal.server.ModelServers;
import org.seatkeeper.model.ui.internal.server.ModelServers.Snapshot;

/**
 * Content assist in model definitions: the editor's side of {@link ModelCompletions}, with the connected
 * server's features (the generic editor asks in the background, so asking the server does not block
 * typing).
 */
public final class ModelContentAssistProcessor implements IContentAssistProcessor {

	public ModelContentAssistProcessor() {
		ModelServers.find(); // looked up here, on the UI thread, for the background requests
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		List<ServerFeature> server = ModelServers.features(null).map(Snapshot::features).orElse(List.of());
		ModelCompletions.Result result = ModelCompletions.at(text, offset, server);
		return result.completions().stream()
				.map(c -> new CompletionProposal(c.replacement(), result.replaceOffset(), result.replaceEnd() - result.replaceOffset(), c.cursor(),
						null, c.label() + " \u2013 " + c.detail(), null, c.detail()))
				.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '"', '/' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}

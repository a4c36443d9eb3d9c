package org.seatkeeper.model.ui.internal.assist;

import java.time.LocalDate;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.seatkeeper.model.ui.internal.server.ModelServers;
import org.seatkeeper.model.ui.internal.server.ModelServers.Snapshot;

/**
 * Hovers in model definitions: the editor's side of {@link ModelHovers}, with the connected server's
 * records (hovers are computed in the background, so asking the server does not block the editor).
 */
public final class ModelTextHover implements ITextHover {

	public ModelTextHover() {
		ModelServers.find(); // looked up here, on the UI thread, for the background requests
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String text = viewer.getDocument().get();
		Snapshot server = ModelServers.features(null).orElse(null);
		return ModelHovers.at(text, region.getOffset(), server, LocalDate.now()).orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}

package org.seatkeeper.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** The user guide's commands. */
public final class GuideHandlers {

	private GuideHandlers() {
	}

	/** Help › Seatkeeper User Guide: the contents. */
	public static final class Contents extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			UserGuide.open(UserGuide.CONTENTS);
			return null;
		}
	}

	/** F1: the page of the active view or editor. */
	public static final class ForActivePart extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			UserGuide.open(UserGuide.pageFor(HandlerUtil.getActivePart(event)));
			return null;
		}
	}
}

package org.seatkeeper.ui.internal.pools;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of this package, from {@code messages.properties} (translations beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.seatkeeper.ui.internal.pools.messages";

	public static String Pools_loading;
	public static String Pools_poolFeature;
	public static String Pools_defaultPool;
	public static String Pools_id;
	public static String Pools_version;
	public static String Pools_expiration;
	public static String Pools_allocated;
	public static String Pools_used;
	public static String Pools_status;
	public static String Pools_tab;
	public static String Pools_uploadFile;
	public static String Pools_uploadFileTip;
	public static String Pools_uploadEditor;
	public static String Pools_uploadEditorTip;
	public static String Pools_delete;
	public static String Pools_compareEditor;
	public static String Pools_compareEditorTip;
	public static String Pools_compareEditorTitle;
	public static String Pools_comparing;
	public static String Pools_compareTitle;
	public static String Pools_compareServerSide;
	public static String Pools_compareSame;
	public static String Pools_deleteTip;
	public static String Pools_modelTab;
	public static String Pools_deletedInUse;
	public static String Pools_noPoolsModel;
	public static String Pools_noPoolsDefault;
	public static String Pools_noModel;
	public static String Pools_modelHidden;
	public static String Pools_noActiveModel;
	public static String Pools_activeModel;
	public static String Pools_activeModelApplied;
	public static String Pools_countOne;
	public static String Pools_countMany;
	public static String Pools_uploadTitle;
	public static String Pools_uploading;
	public static String Pools_uploadEditorTitle;
	public static String Pools_openEditorFirst;
	public static String Pools_uploaded;
	public static String Pools_deleteTitle;
	public static String Pools_deleteQuestion;
	public static String Pools_deleting;
	public static String Pools_aModelDefinition;
	public static String Pools_compareFailed;
	public static String Pools_edit;
	public static String Pools_editTip;
	public static String Pools_opening;
	public static String ServerModel_name;
	public static String ServerModel_newModel;
	public static String ServerModel_tooltip;
	public static String ServerModel_title;
	public static String ServerModel_otherServer;
	public static String ServerModel_asking;
	public static String ServerModel_unchanged;
	public static String ServerModel_notUploaded;
	public static String ServerModel_uploading;
	public static String ServerModel_uploaded;
	public static String ServerModel_refused;
	public static String ServerModel_refusedAtLine;
	public static String ServerModel_refusedHere;
	public static String ServerModel_newText;
	public static String ServerModel_changesTitle;
	public static String ServerModel_changesMessage;
	public static String ServerModel_changesFirst;
	public static String ServerModel_upload;
	public static String ServerModel_copyFailed;
	public static String ServerModel_notAsked;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

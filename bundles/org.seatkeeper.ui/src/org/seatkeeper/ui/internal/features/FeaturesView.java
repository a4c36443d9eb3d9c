package org.seatkeeper.ui.internal.features;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.seatkeeper.core.client.ApiPart;
import org.seatkeeper.core.client.LicenseServerClient;
import org.seatkeeper.core.client.OptionalParts;
import org.seatkeeper.core.client.ServerException;
import org.seatkeeper.core.domain.Expiry;
import org.seatkeeper.core.domain.Feature;
import org.seatkeeper.core.domain.FeatureSummary;
import org.seatkeeper.core.domain.FeatureUsage;
import org.seatkeeper.history.FeatureKey;
import org.seatkeeper.history.UsageSeries;
import org.seatkeeper.ui.SeatkeeperUi;
import org.seatkeeper.ui.internal.history.HistoryService;
import org.seatkeeper.ui.internal.history.UseSparklines;
import org.seatkeeper.ui.internal.tables.DetailsPane;
import org.seatkeeper.ui.internal.tables.Formats;
import org.seatkeeper.ui.internal.tables.PagedTable;
import org.seatkeeper.ui.internal.tables.RecordTable;
import org.seatkeeper.ui.internal.tables.SelectionFromTables;
import org.seatkeeper.ui.internal.tables.Tables;
import org.seatkeeper.ui.internal.views.ServerView;

/**
 * The features installed on the server: the Summary tab adds up the records of each feature name and
 * version, the Details tab lists every record. Search keeps only the records of one exact feature
 * name, as on the server; the filter narrows the rows as one types. Selecting a row shows its details
 * below with the devices it serves. Features that end within 30 days carry a warning sign.
 */
public class FeaturesView extends ServerView<FeaturesView.Loaded> {

	public static final String ID = SeatkeeperUi.FEATURES_VIEW_ID;

	/** One load: the records and their summaries, and each feature's last 24 hours from the usage history (empty without one). */
	public record Loaded(List<Feature> features, List<FeatureSummary> summaries, Map<FeatureKey, UsageSeries> lastDay) {
	}

	/** The column of the last 24 hours' use, after the guide's columns. */
	public static final int USE_COLUMN = 10;
	private final UseSparklines sparklines = new UseSparklines();

	/** The devices one feature name and version serves, and what the server did not offer to list them. */
	private record Served(List<FeatureUsage> usages, Set<ApiPart> missing) {
	}

	private Text search;
	private Text filter;
	private CTabFolder tabs;
	private PagedTable<FeatureSummary> summary;
	private PagedTable<Feature> details;
	private DetailsPane pane;
	private RecordTable<FeatureUsage> served;
	private org.eclipse.core.runtime.jobs.Job detailsJob;

	private static FeatureKey key(FeatureSummary summary) {
		return new FeatureKey(summary.name(), summary.version());
	}

	/** The last 24 hours the Use column draws, for tests. */
	public UseSparklines sparklines() {
		return sparklines;
	}

	@Override
	protected String loadingWhat() {
		return NLS.bind(Messages.Features_loading, connections.describe());
	}

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite bar = Tables.bar(parent, 6);
		new Label(bar, SWT.NONE).setText(Messages.Features_searchFeature);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Features_exactFeatureNameThenEnter);
		search.setData("name", "search");
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(search);
		search.addListener(SWT.DefaultSelection, e -> applySearch());
		Button clear = new Button(bar, SWT.PUSH);
		clear.setText(Messages.Features_clear);
		clear.addListener(SWT.Selection, e -> {
			search.setText("");
			applySearch();
		});
		filter = Tables.filterField(bar, Messages.Features_wordsInAnyColumn, 180, text -> {
			summary.filterAsTyped(text);
			details.filterAsTyped(text);
		});

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
		summary = new PagedTable<>(tabs, SWT.MULTI, () -> connections.settings().pageSize(), FeatureSummary::name,
				FeatureSummary::version);
		summary.table().column(Messages.Features_feature, 140, FeatureSummary::name)
				.column(Messages.Features_version, 70, FeatureSummary::version, (a, b) -> FeatureSummary.compareVersions(a.version(), b.version()))
				.column(Messages.Features_totalCount, 90, s -> Integer.toString(s.totalCount()), Comparator.comparingInt(FeatureSummary::totalCount))
				.column(Messages.Features_totalUsed, 80, s -> Integer.toString(s.totalUsed()), Comparator.comparingInt(FeatureSummary::totalUsed))
				.column(Messages.Features_totalAvailable, 100, s -> Integer.toString(s.totalAvailable()),
						Comparator.comparingInt(FeatureSummary::totalAvailable))
				.column(Messages.Features_firstExpiration, 110, s -> Formats.expiry(s.firstExpiration()),
						Comparator.comparing(FeatureSummary::firstExpiration, Formats.EXPIRY_ORDER), s -> soonImage(s.firstExpiration()),
						s -> soonTip(s.firstExpiration()), null)
				.column(Messages.Features_lastExpiration, 110, s -> Formats.expiry(s.lastExpiration()),
						Comparator.comparing(FeatureSummary::lastExpiration, Formats.EXPIRY_ORDER))
				.column(Messages.Features_totalOverdraft, 100, s -> Integer.toString(s.totalOverdraft()),
						Comparator.comparingInt(FeatureSummary::totalOverdraft))
				.column(Messages.Features_metered, 64, s -> Boolean.toString(s.metered())).column(Messages.Features_counted, 64, s -> Boolean.toString(s.counted()))
				.column(Messages.Features_use, 120, s -> "", Comparator.comparingInt(s -> sparklines.series(key(s)).map(u -> u.peakUsed().orElse(-1)).orElse(-1)));
		sparklines.install(summary.table().table(), USE_COLUMN, element -> key((FeatureSummary) element));
		summary.showBusyIn(getSite());
		tab(Messages.Features_summary, summary.control());

		details = new PagedTable<>(tabs, SWT.MULTI, () -> connections.settings().pageSize(), Feature::name, Feature::version,
				Feature::activationId, Feature::vendorString);
		details.showBusyIn(getSite());
		details.table().column(Messages.Features_feature, 180, Feature::name)
				.column(Messages.Features_version, 70, Feature::version, (a, b) -> FeatureSummary.compareVersions(a.version(), b.version()))
				.column(Messages.Features_count, 70, f -> f.uncounted() ? Messages.Features_uncounted : Integer.toString(f.count()), Comparator.comparingInt(Feature::count))
				.column(Messages.Features_used, 60, f -> Integer.toString(f.used()), Comparator.comparingInt(Feature::used))
				.column(Messages.Features_available, 75, f -> Integer.toString(f.available()), Comparator.comparingInt(Feature::available))
				.column(Messages.Features_reserved, 70, f -> Integer.toString(f.reserved()), Comparator.comparingInt(Feature::reserved))
				.column(Messages.Features_overdraft, 75, f -> Integer.toString(f.overdraftCount()), Comparator.comparingInt(Feature::overdraftCount))
				.column(Messages.Features_overage, 70, f -> f.overage() == 0 ? "" : Integer.toString(f.overage()), Comparator.comparingInt(Feature::overage))
				.column(Messages.Features_expiry, 100, f -> Formats.expiry(f.expiry()), Comparator.comparing(Feature::expiry, Formats.EXPIRY_ORDER),
						f -> soonImage(f.expiry()), f -> soonTip(f.expiry()), null)
				.column(Messages.Features_startDate, 90, f -> Formats.date(f.startDate()))
				.column(Messages.Features_type, 95, Feature::type).column(Messages.Features_activationID, 140, Feature::activationId)
				.column(Messages.Features_vendorString, 160, Feature::vendorString);
		tab(Messages.Features_details, details.control());
		tabs.setSelection(0);

		Composite lower = Tables.scrolling(sash);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		pane = new DetailsPane(lower, Messages.Features_devicesServed);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pane.control());
		served = new RecordTable<>(lower, SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(served.table());
		served.column(Messages.Features_deviceID, 190, u -> u.device().hostId().value()).column(Messages.Features_deviceIDType, 110, u -> u.device().hostId().type())
				.column(Messages.Features_deviceType, 100, u -> u.device().deviceType()).column(Messages.Features_deviceAlias, 160, u -> u.device().alias())
				.column(Messages.Features_countUsed, 90, u -> Integer.toString(u.useCount()), Comparator.comparingInt(FeatureUsage::useCount))
				.column(Messages.Features_reserved, 75, u -> Integer.toString(u.reservedCount()), Comparator.comparingInt(FeatureUsage::reservedCount))
				.column(Messages.Features_kind, 100, FeatureUsage::usageKind)
				.column(Messages.Features_deviceExpiry, 150, u -> Formats.time(u.device().expiry()),
						Comparator.comparing(u -> u.device().expiry(), Comparator.nullsFirst(Comparator.naturalOrder())));
		served.onSort(() -> served.setItems(sorted(served.items(), served.order())));
		layout.sash("sash", sash, 81, 19);
		layout.columns("summaryColumns", summary.table().viewer().getTable());
		layout.columns("detailsColumns", details.table().viewer().getTable());
		layout.columns("servedColumns", served.viewer().getTable());
		pane.show(Messages.Features_selectAFeatureToSee, Map.of());

		summary.table().viewer().addSelectionChangedListener(e -> showDetails(recordsOf(summary.table().selection())));
		details.table().viewer().addSelectionChangedListener(e -> showDetails(details.table().selection()));
		summary.table().viewer().addDoubleClickListener(e -> {
			List<FeatureSummary> chosen = summary.table().selection();
			if (!chosen.isEmpty()) {
				search.setText(chosen.get(0).name());
				applySearch();
				tabs.setSelection(1);
			}
		});
		Tables.contribute(this, "features", summary.table(), details.table(), served);
		getSite().setSelectionProvider(new SelectionFromTables(summary.table(), details.table(), served));
	}

	private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
		List<T> copy = new ArrayList<>(items);
		copy.sort(order);
		return copy;
	}

	private void tab(String text, Composite control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(text);
		item.setControl(control);
	}

	private static Image soonImage(Expiry expiry) {
		return Formats.expiresSoon(expiry) ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK)
				: null;
	}

	private static String soonTip(Expiry expiry) {
		return Formats.expiresSoon(expiry) ? Messages.Features_endsSoon : null;
	}

	private void applySearch() {
		summary.setSearch(FeatureSummary::name, search.getText());
		details.setSearch(Feature::name, search.getText());
	}

	private List<Feature> recordsOf(List<FeatureSummary> summaries) {
		List<Feature> records = new ArrayList<>();
		for (FeatureSummary s : summaries.isEmpty() ? List.<FeatureSummary>of() : List.of(summaries.get(0))) {
			for (Feature f : details.all()) {
				if (f.name().equals(s.name()) && f.version().equals(s.version())) {
					records.add(f);
				}
			}
		}
		return records;
	}

	@Override
	protected Loaded load(LicenseServerClient client, OptionalParts parts, IProgressMonitor monitor) throws ServerException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		List<Feature> features = client.features(progress.split(1));
		List<FeatureSummary> summaries = client.featureSummaries(features, parts, progress.split(1));
		Map<FeatureKey, UsageSeries> lastDay;
		try {
			lastDay = UseSparklines.lastDay(HistoryService.of(PlatformUI.getWorkbench()), connections.name(), Instant.now());
		} catch (HistoryService.UnavailableException e) {
			lastDay = Map.of(); // the Use column stays empty; the Usage History view says why
		}
		return new Loaded(features, summaries, lastDay);
	}

	@Override
	protected String consequence(ApiPart part) {
		return switch (part) {
			case FEATURE_SUMMARIES -> Messages.Features_summaryComputed;
			case FEATURE_DEVICES -> Messages.Features_devicesUnknown;
			default -> null;
		};
	}

	@Override
	protected void show(Loaded loaded) {
		sparklines.show(loaded.lastDay());
		summary.setRecords(loaded.summaries());
		details.setRecords(loaded.features());
		setContentDescription(NLS.bind(Messages.Features_counts, loaded.features().size(), loaded.summaries().size()));
	}

	/** Shows the details of {@code records} (one feature name and version) and loads the devices they serve. */
	private void showDetails(List<Feature> records) {
		if (records.isEmpty()) {
			return;
		}
		Feature first = records.get(0);
		int count = records.stream().mapToInt(Feature::count).sum();
		int used = records.stream().mapToInt(Feature::used).sum();
		Map<String, String> values = new LinkedHashMap<>();
		values.put(Messages.Features_featureName, first.name());
		values.put(Messages.Features_version, first.version());
		values.put(Messages.Features_startDate, Formats.date(records.stream().map(Feature::startDate).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null)));
		values.put(Messages.Features_totalCount, Integer.toString(count));
		values.put(Messages.Features_available, Integer.toString(records.stream().mapToInt(Feature::available).sum()));
		values.put(Messages.Features_usedCount, Integer.toString(used));
		values.put(Messages.Features_reservedCount, Integer.toString(records.stream().mapToInt(Feature::reserved).sum()));
		values.put(Messages.Features_reservedInUse, Integer.toString(records.stream().mapToInt(Feature::assignedReserved).sum()));
		values.put(Messages.Features_vendorString, first.vendorString());
		values.put(Messages.Features_featureExpiry, Formats.expiry(records.stream().map(Feature::expiry).max(Comparator.naturalOrder()).orElse(null)));
		values.put(Messages.Features_activationID, String.join(", ", records.stream().map(Feature::activationId).filter(a -> !a.isEmpty()).distinct().toList()));
		values.put(Messages.Features_issuer, first.issuer());
		pane.show(records.size() > 1 ? NLS.bind(Messages.Features_detailsOfRecords, new Object[] { first.name(), first.version(), records.size() })
				: NLS.bind(Messages.Features_detailsOf, first.name(), first.version()), values);
		if (detailsJob != null) {
			detailsJob.cancel();
		}
		served.setItems(List.of());
		pane.caption(Messages.Features_devicesServedLoading);
		detailsJob = runInJob(NLS.bind(Messages.Features_loadingDevices, first.name()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, records.size());
			OptionalParts parts = new OptionalParts();
			List<FeatureUsage> usages = new ArrayList<>();
			for (Feature record : records) {
				Optional<List<FeatureUsage>> served = parts.ask(() -> client(progress).featureUsage(record.id(), progress.split(1)));
				if (served.isEmpty()) {
					break;
				}
				usages.addAll(served.get());
			}
			return new Served(usages, parts.missing());
		}, result -> {
			served.setItems(result.usages());
			noteMissing(result.missing());
			pane.caption(result.missing().contains(ApiPart.FEATURE_DEVICES) ? Messages.Features_devicesNotListed
					: NLS.bind(Messages.Features_devicesServedCount, result.usages().stream().map(u -> u.device().id()).distinct().count()));
		});
	}

	private LicenseServerClient client(IProgressMonitor monitor) throws ServerException {
		return connections.client(monitor);
	}

	// ---- for tests

	public PagedTable<FeatureSummary> summaryTable() {
		return summary;
	}

	public PagedTable<Feature> detailsTable() {
		return details;
	}

	public RecordTable<FeatureUsage> servedTable() {
		return served;
	}

	public Map<String, String> detailValues() {
		return pane.values();
	}

	public CTabFolder tabs() {
		return tabs;
	}

	public Text searchField() {
		return search;
	}

	public Text filterField() {
		return filter;
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}
}

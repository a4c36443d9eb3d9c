package org.seatkeeper.ui.internal.fleet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.seatkeeper.core.fleet.FleetSurvey.Row;
import org.seatkeeper.core.fleet.FleetSurvey.State;
import org.seatkeeper.ui.SeatkeeperUi;

/** How a server's key figures are written and its state lit, the same in the License Servers view and the Fleet Overview. */
public final class Figures {

	private static final String NONE = "\u2013";

	private Figures() {
	}

	/** The light of {@code row}: up, down, login needed, untrusted; grey while not asked. */
	public static ImageDescriptor light(Optional<Row> row) {
		String file = row.map(r -> switch (r.state()) {
		case UP -> "status-up";
		case DOWN -> "status-down";
		case LOGIN_NEEDED -> "status-login";
		case UNTRUSTED -> "status-untrusted";
		}).orElse("status-unknown");
		return ResourceLocator.imageDescriptorFromBundle(SeatkeeperUi.PLUGIN_ID, "icons/" + file + ".png").orElseThrow();
	}

	/** The state in words: "Up", "Down", "Login needed", "Untrusted certificate", or "Not asked yet". */
	public static String state(Optional<Row> row) {
		return row.map(r -> state(r.state())).orElse(Messages.Fleet_notAsked);
	}

	public static String state(State state) {
		return switch (state) {
		case UP -> Messages.Fleet_up;
		case DOWN -> Messages.Fleet_down;
		case LOGIN_NEEDED -> Messages.Fleet_loginNeeded;
		case UNTRUSTED -> Messages.Fleet_untrusted;
		};
	}

	public static String version(Optional<Row> row) {
		return row.filter(Figures::up).map(r -> r.version().isEmpty() ? NONE : r.version()).orElse("");
	}

	public static String features(Optional<Row> row) {
		return row.filter(Figures::up).map(r -> String.format("%,d", r.features())).orElse("");
	}

	/** Counts in use as a percentage, with the counts: "38 % (19 of 50)". */
	public static String inUse(Optional<Row> row) {
		return row.filter(Figures::up).map(r -> r.count() == 0 ? NONE
				: String.format("%.0f %% (%,d of %,d)", r.percentInUse(), r.used(), r.count())).orElse("");
	}

	/** Counts in use as a percentage: "38 %". */
	public static String percentInUse(Optional<Row> row) {
		return row.filter(Figures::up).map(r -> r.count() == 0 ? NONE : String.format("%.0f %%", r.percentInUse())).orElse("");
	}

	/** The nearest expiry's date alone. */
	public static String expiryDate(Optional<Row> row) {
		return row.filter(Figures::up).map(r -> r.nearestExpiry() == null ? NONE : DateTimeFormatter.ISO_LOCAL_DATE.format(r.nearestExpiry()))
				.orElse("");
	}

	/** The nearest expiry with how far it is: "2027-01-15 (in 42 days)". */
	public static String nearestExpiry(Optional<Row> row, LocalDate today) {
		return row.filter(Figures::up).map(r -> {
			if (r.nearestExpiry() == null) {
				return NONE;
			}
			long days = ChronoUnit.DAYS.between(today, r.nearestExpiry());
			String date = DateTimeFormatter.ISO_LOCAL_DATE.format(r.nearestExpiry());
			return days == 0 ? NLS.bind(Messages.Fleet_expiresToday, date)
					: days == 1 ? NLS.bind(Messages.Fleet_expiresTomorrow, date) : NLS.bind(Messages.Fleet_expiresIn, date, days);
		}).orElse("");
	}

	public static String devices(Optional<Row> row) {
		return row.filter(Figures::up).map(r -> r.devices() < 0 ? NONE : String.format("%,d", r.devices())).orElse("");
	}

	/** How long the server took to answer: "120 ms". */
	public static String took(Optional<Row> row) {
		return row.map(r -> String.format("%,d ms", r.took().toMillis())).orElse("");
	}

	private static boolean up(Row row) {
		return row.state() == State.UP;
	}

	/** What a test of a server found, in a sentence. */
	public static String testResult(Row row) {
		return switch (row.state()) {
		case UP -> NLS.bind(Messages.Fleet_testUp, new Object[] { row.version().isEmpty() ? "?" : row.version(), row.features(),
				row.count() == 0 ? NONE : String.format("%.0f %%", row.percentInUse()), row.took().toMillis() });
		case DOWN -> NLS.bind(Messages.Fleet_testDown, row.detail());
		case LOGIN_NEEDED -> NLS.bind(Messages.Fleet_testLogin, row.detail());
		case UNTRUSTED -> NLS.bind(Messages.Fleet_testUntrusted, row.detail());
		};
	}
}

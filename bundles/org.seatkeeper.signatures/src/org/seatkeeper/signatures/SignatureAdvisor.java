package org.seatkeeper.signatures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says which FlexNet Publisher Version values a license needs so that applications built with older
 * toolkits can still check it: one answer per keyword used and toolkit version that must keep working,
 * with the reason.
 */
public final class SignatureAdvisor {

	/** What every answer reminds: a license server must understand the keywords itself. */
	public static final String SERVER_REMINDER = "A cross-version signature helps older applications only. License servers "
			+ "(vendor daemons) built with a toolkit older than a keyword cannot understand that keyword: ship them an updated "
			+ "license server along with the license.";

	/**
	 * A toolkit version that must keep working, as given, and its column.
	 *
	 * @param given  the text as the user wrote it
	 * @param column its column of the table
	 */
	public record Toolkit(String given, ToolkitColumn column) {
	}

	/**
	 * One cell of the answer: for {@code keyword} and {@code toolkit}, the value to select (empty: none is
	 * needed), and why.
	 */
	public record Need(Keyword keyword, Toolkit toolkit, Optional<String> value, String reason) {
	}

	/**
	 * The answer.
	 *
	 * @param toolkits the toolkit versions understood, in the order given, without repeats
	 * @param keywords the keywords understood, in the table's order
	 * @param needs    one per keyword and toolkit
	 * @param problems what could not be understood (unknown keywords, versions outside the table), one
	 *                 sentence each
	 */
	public record Advice(List<Toolkit> toolkits, List<Keyword> keywords, List<Need> needs, List<String> problems) {

		public Advice {
			toolkits = List.copyOf(toolkits);
			keywords = List.copyOf(keywords);
			needs = List.copyOf(needs);
			problems = List.copyOf(problems);
		}

		/** Every FlexNet Publisher Version value to select, newest first, without repeats. */
		public List<String> valuesToSelect() {
			Set<String> values = new TreeSet<>(Comparator.comparing(ToolkitVersion::parse).reversed());
			needs.forEach(need -> need.value().ifPresent(values::add));
			return List.copyOf(values);
		}

		/** The answer for {@code keyword} and the toolkit given as {@code toolkit}. */
		public Optional<Need> need(Keyword keyword, String toolkit) {
			return needs.stream().filter(n -> n.keyword() == keyword && n.toolkit().given().equals(toolkit)).findFirst();
		}
	}

	private SignatureAdvisor() {
	}

	/**
	 * The values to select for a license using {@code keywords} that applications built with each of
	 * {@code toolkits} must still accept. A toolkit is a concrete version ({@code 11.0}, {@code 10.8.3}) or
	 * a column heading of the table ({@code 9.0-10.8.n}).
	 */
	public static Advice advise(Collection<String> toolkits, Collection<String> keywords) {
		List<String> problems = new ArrayList<>();
		List<Toolkit> columns = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String given : toolkits) {
			String text = given.trim();
			if (text.isEmpty() || !seen.add(text)) {
				continue;
			}
			Optional<ToolkitColumn> heading = ToolkitColumn.ofLabel(text);
			if (heading.isPresent()) {
				columns.add(new Toolkit(text, heading.get()));
				continue;
			}
			try {
				ToolkitVersion version = ToolkitVersion.parse(text);
				ToolkitColumn.of(version).ifPresentOrElse(column -> columns.add(new Toolkit(text, column)),
						() -> problems.add(ToolkitColumn.whyNoColumn(version)));
			} catch (IllegalArgumentException e) {
				problems.add(e.getMessage());
			}
		}
		Set<Keyword> used = new TreeSet<>();
		for (String name : keywords) {
			if (name.isBlank()) {
				continue;
			}
			Keyword.of(name).ifPresentOrElse(used::add, () -> problems.add("'" + name.trim() + "' is not a keyword of the "
					+ "cross-version table, which covers " + Keyword.names() + "."));
		}
		List<Need> needs = new ArrayList<>();
		for (Keyword keyword : used) {
			for (Toolkit toolkit : columns) {
				Optional<String> value = CrossVersionTable.value(keyword, toolkit.column());
				needs.add(new Need(keyword, toolkit, value, reason(keyword, toolkit, value)));
			}
		}
		return new Advice(columns, List.copyOf(used), needs, problems);
	}

	private static String reason(Keyword keyword, Toolkit toolkit, Optional<String> value) {
		String who = "Applications built with toolkit " + toolkit.given()
				+ (toolkit.given().equals(toolkit.column().label()) ? "" : " (column " + toolkit.column().label() + ")");
		return value.map(v -> who + " cannot read " + keyword + ": select FlexNet Publisher Version " + v
				+ " so that the license also carries a signature they can check.")
				.orElseGet(() -> who + " read " + keyword + " already: no cross-version signature is needed.");
	}
}

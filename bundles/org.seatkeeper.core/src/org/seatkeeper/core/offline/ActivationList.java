package org.seatkeeper.core.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seatkeeper.core.domain.ActivationCount;

/**
 * Checks the activation ids and counts a user typed for an offline activation request. Each count is the
 * number of copies that should remain on the server: 0 returns them all. Blank rows are left out.
 */
public final class ActivationList {

	/** A row as typed: the activation id and the count, both text. */
	public record Row(String id, String count) {
	}

	/**
	 * What the check found.
	 *
	 * @param activations the activations of the rows, when there are no problems
	 * @param problems    each problem, naming its row, in row order
	 */
	public record Checked(List<ActivationCount> activations, List<String> problems) {
		public Checked {
			activations = List.copyOf(activations);
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	private ActivationList() {
	}

	/** Checks {@code rows}. */
	public static Checked check(List<Row> rows) {
		List<String> problems = new ArrayList<>();
		List<ActivationCount> activations = new ArrayList<>();
		Map<String, Integer> firstRow = new LinkedHashMap<>();
		int number = 0;
		for (Row row : rows) {
			number++;
			String id = row.id() == null ? "" : row.id().strip();
			String countText = row.count() == null ? "" : row.count().strip();
			if (id.isEmpty() && countText.isEmpty()) {
				continue;
			}
			String where = "Row " + number + (id.isEmpty() ? "" : " (" + id + ")") + ": ";
			if (id.isEmpty()) {
				problems.add(where + "the activation id is missing");
				continue;
			}
			int bad = id.codePoints().filter(c -> Character.isWhitespace(c) || Character.isISOControl(c)).findFirst().orElse(-1);
			if (bad >= 0) {
				problems.add(where + "an activation id has no " + (Character.isWhitespace(bad) ? "spaces" : "control characters")
						+ "; copy it from the entitlement as it is");
				continue;
			}
			Integer earlier = firstRow.putIfAbsent(id, number);
			if (earlier != null) {
				problems.add(where + "the activation is listed already in row " + earlier + "; list each activation once");
				continue;
			}
			if (countText.isEmpty()) {
				problems.add(where + "the count is missing: the copies that should remain, or 0 to return them all");
				continue;
			}
			int count;
			try {
				count = Integer.parseInt(countText);
			} catch (NumberFormatException e) {
				problems.add(where + (countText.matches("[+-]?\\d+") ? "the count " + countText + " is too large"
						: "the count '" + countText + "' is not a whole number"));
				continue;
			}
			if (count < 0) {
				problems.add(where + "the count " + count + " is negative; give the copies that should remain, or 0 to return them all");
				continue;
			}
			activations.add(new ActivationCount(id, count));
		}
		if (number == 0 || activations.isEmpty() && problems.isEmpty()) {
			problems.add("List at least one activation id with the copies that should remain");
		}
		return new Checked(problems.isEmpty() ? activations : List.of(), problems);
	}
}

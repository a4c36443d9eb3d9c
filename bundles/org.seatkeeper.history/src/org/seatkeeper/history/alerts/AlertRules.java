package org.seatkeeper.history.alerts;

/**
 * When the collector raises an alert; a rule with 0 (or false) is off. The defaults suit most estates: a
 * renewal needs a month, a full feature is worth a look after a quarter of an hour at 90 %, and a server a
 * few minutes away is a server down.
 *
 * @param expiryDays        a feature expires within this many days
 * @param usePercent        a feature's use is at least this percentage of its count...
 * @param useMinutes        ...for at least this many minutes
 * @param unreachableMinutes the server has not answered for at least this many minutes
 * @param poolDeficit       a named pool is in DEFICIT
 * @param refusals          the server refuses requests: counts are in overage
 */
public record AlertRules(int expiryDays, int usePercent, int useMinutes, int unreachableMinutes, boolean poolDeficit, boolean refusals) {

	/** The rules a first start has. */
	public static final AlertRules DEFAULTS = new AlertRules(30, 90, 15, 5, true, true);

	public AlertRules {
		if (expiryDays < 0 || expiryDays > 3650) {
			throw new IllegalArgumentException("The days before an expiry are 0 (off) to 3650, not " + expiryDays);
		}
		if (usePercent < 0 || usePercent > 100) {
			throw new IllegalArgumentException("The use that raises an alert is 0 (off) to 100 %, not " + usePercent);
		}
		if (useMinutes < 0 || unreachableMinutes < 0 || useMinutes > 10_080 || unreachableMinutes > 10_080) {
			throw new IllegalArgumentException("Minutes are 0 to 10080 (a week)");
		}
	}
}

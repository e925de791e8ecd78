package org.chengxiang.plan;

import java.time.LocalDate;

/**
 * A plan in lists: what it is, its year and state.
 *
 * @param id id
 * @param title the plan's title
 * @param issuer who issued it
 * @param issuedOn when
 * @param year the year it runs for
 * @param status DRAFT, ACTIVE or ARCHIVED
 * @param sourceName the document it was imported from
 * @param reportDueDay the day of the month by which the previous month's report is due
 * @param tasks how many tasks it has
 */
record PlanSummary(long id, String title, String issuer, LocalDate issuedOn, int year, String status,
		String sourceName, int reportDueDay, int tasks) {
}

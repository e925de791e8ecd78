package org.chengxiang.plan;

/**
 * Where an active plan stands, for other modules' dashboards: its assignments (task × department) by status and
 * traffic light.
 *
 * @param planId the plan
 * @param title its title
 * @param year the plan's year
 * @param tasks how many tasks it has
 * @param assignments how many task × department assignments
 * @param completed assignments completed
 * @param delayed assignments delayed
 * @param green assignments on track
 * @param yellow assignments with a late report or a milestone due within 7 days
 * @param red assignments with an overdue milestone
 */
public record PlanOverview(long planId, String title, int year, int tasks, int assignments, int completed,
		int delayed, int green, int yellow, int red) {

	/** Completed assignments as a percentage of all, one decimal. */
	public double completionPercent() {
		return assignments == 0 ? 0 : Math.round(1000.0 * completed / assignments) / 10.0;
	}

}

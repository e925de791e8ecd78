package org.chengxiang.plan;

/**
 * Traffic light of an assignment: green on track; yellow when a report is late or a milestone is due
 * within 7 days; red when a milestone is overdue.
 */
enum Light {

	GREEN, YELLOW, RED

}

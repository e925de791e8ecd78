package org.chengxiang.plan;

/** Whether a unit leads a task (牵头) or cooperates on it (配合). */
enum UnitRole {

	LEAD, CO

}

package org.chengxiang.plan;

/**
 * A department's part in a task: leading it (牵头) or helping (配合).
 */
enum UnitRole {

	LEAD, CO

}

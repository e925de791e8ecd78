package org.chengxiang.plan;

/** Thrown when a document holds nothing a plan is made of: no numbered task with responsible units. */
class NotAPlanException extends RuntimeException {

	static final String NO_TASKS = "未找到编号任务及其责任单位 / no numbered tasks with responsible units found";

	NotAPlanException() {
		this(NO_TASKS);
	}

	NotAPlanException(String message) {
		super(message);
	}

}

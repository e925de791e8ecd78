package org.chengxiang.plan;

/** Thrown when a document holds nothing a plan is made of: no numbered task with responsible units. */
class NotAPlanException extends RuntimeException {

	static final String NO_TASKS = "未找到编号任务及其责任单位 / no numbered tasks with responsible units found";

	static final String TRADITIONAL = "方案为繁体字文本，无法识别其中的任务和责任单位，请改用简体字文本导入"
			+ " / the plan is written in traditional characters, whose tasks and responsible units cannot be read;"
			+ " import it in simplified characters";

	static final String CELLS_NOT_ALIGNED = "表格为逐格分行的文本，无法将各格对齐到表头的列，请以每行一项任务的表格或 Excel 台账导入"
			+ " / the table is pasted a cell a line and its cells cannot be lined up with the header's columns;"
			+ " import it a task a row or as an Excel ledger";

	NotAPlanException() {
		this(NO_TASKS);
	}

	NotAPlanException(String message) {
		super(message);
	}

}

package org.chengxiang.plan;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dated step of an assignment's measures, saved with its assignment. An extension moves the due date and keeps
 * the original.
 */
@Table(schema = "plan", name = "milestone")
final class Milestone {

	@Id
	private Long id;

	private String title;

	private LocalDate originalDueOn;

	private LocalDate dueOn;

	private int extensions;

	private LocalDate doneOn;

	// kept as they are: the daily job marks an overdue milestone once, so that it is reported once
	private LocalDate remindedOn;

	private boolean overdueMarked;

	private Milestone() {
	}

	static Milestone planned(String title, LocalDate dueOn) {
		Milestone milestone = new Milestone();
		milestone.title = title.strip();
		milestone.originalDueOn = dueOn;
		milestone.dueOn = dueOn;
		return milestone;
	}

	boolean isOpen() {
		return doneOn == null;
	}

	boolean isOverdue(LocalDate today) {
		return isOpen() && dueOn.isBefore(today);
	}

	boolean isDueWithin(LocalDate today, int days) {
		return isOpen() && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(days));
	}

	/** Met on time: done no later than its original date (an extension does not make it on time). */
	boolean wasMetOnTime() {
		return doneOn != null && !doneOn.isAfter(originalDueOn);
	}

	void markDone(LocalDate on) {
		this.doneOn = on;
	}

	void extendTo(LocalDate newDueOn) {
		this.dueOn = newDueOn;
		this.extensions++;
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	LocalDate originalDueOn() {
		return originalDueOn;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	int extensions() {
		return extensions;
	}

	LocalDate doneOn() {
		return doneOn;
	}

}

package org.chengxiang.plan;

import java.time.LocalDate;

/**
 * A dated step of an assignment's measures. An extension moves the due date and keeps the original.
 */
final class Milestone {

	private final Long id;

	private final String title;

	private final LocalDate originalDueOn;

	private LocalDate dueOn;

	private int extensions;

	private LocalDate doneOn;

	Milestone(Long id, String title, LocalDate originalDueOn, LocalDate dueOn, int extensions, LocalDate doneOn) {
		this.id = id;
		this.title = title;
		this.originalDueOn = originalDueOn;
		this.dueOn = dueOn;
		this.extensions = extensions;
		this.doneOn = doneOn;
	}

	static Milestone planned(String title, LocalDate dueOn) {
		return new Milestone(null, title.strip(), dueOn, dueOn, 0, null);
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

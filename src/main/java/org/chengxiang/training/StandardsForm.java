package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A year's subsidy standards, as the catalogue page's one table or the API sends them: a cell per training type and
 * level. A cell left empty sets no standard, so classes of that type and level get no subsidy in the year. A bean
 * with setters rather than a record, so that a page bound with a cell that is not a number keeps everything typed.
 */
class StandardsForm {

	@NotNull(message = "{training.standards.required}")
	@Size(max = 100, message = "{training.standards.required}")
	private List<Cell> standards = new ArrayList<>();

	StandardsForm() {
	}

	StandardsForm(List<Cell> standards) {
		this.standards = new ArrayList<>(standards);
	}

	/** Every type and level, in the table's order, with the values given (empty where none). */
	static StandardsForm of(List<Cell> given) {
		return new StandardsForm(given).padded();
	}

	public List<Cell> getStandards() {
		return standards;
	}

	public void setStandards(List<Cell> standards) {
		this.standards = standards;
	}

	/**
	 * The cells as sent, followed by an empty one for each type and level not sent, so that the page's table has a
	 * cell for each and the fields keep the places of the problems found in them.
	 */
	StandardsForm padded() {
		if (standards == null) {
			standards = new ArrayList<>();
		}
		for (TrainingType type : TrainingType.values()) {
			for (SkillLevel level : SkillLevel.values()) {
				if (standards.stream().noneMatch(c -> c != null && c.trainingType == type && c.level == level)) {
					standards.add(new Cell(type, level, null, null));
				}
			}
		}
		return this;
	}

	/** Where the table's cell of the type and level is, among the cells. */
	public int indexOf(TrainingType type, SkillLevel level) {
		for (int i = 0; i < standards.size(); i++) {
			Cell cell = standards.get(i);
			if (cell != null && cell.trainingType == type && cell.level == level) {
				return i;
			}
		}
		throw new IllegalStateException("no cell for " + type + " " + level);
	}

	/** One standard: yuan per person, and the hours a class must have for it. */
	static class Cell {

		private TrainingType trainingType;

		private SkillLevel level;

		private BigDecimal amount;

		private Integer minHours;

		Cell() {
		}

		Cell(TrainingType trainingType, SkillLevel level, BigDecimal amount, Integer minHours) {
			this.trainingType = trainingType;
			this.level = level;
			this.amount = amount;
			this.minHours = minHours;
		}

		boolean isEmpty() {
			return amount == null && minHours == null;
		}

		TrainingType trainingType() {
			return trainingType;
		}

		SkillLevel level() {
			return level;
		}

		BigDecimal amount() {
			return amount;
		}

		Integer minHours() {
			return minHours;
		}

		public TrainingType getTrainingType() {
			return trainingType;
		}

		public void setTrainingType(TrainingType trainingType) {
			this.trainingType = trainingType;
		}

		public SkillLevel getLevel() {
			return level;
		}

		public void setLevel(SkillLevel level) {
			this.level = level;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public Integer getMinHours() {
			return minHours;
		}

		public void setMinHours(Integer minHours) {
			this.minHours = minHours;
		}

		@Override
		public String toString() {
			return trainingType + "/" + level + ": " + amount + " yuan, " + minHours + " h";
		}

	}

}

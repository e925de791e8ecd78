package org.chengxiang.services;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue page's form of one service item, as typed: its materials as parallel columns of a fixed number of
 * rows, a row counted only when it has a name.
 */
final class ItemForm {

	private String code;

	private String name;

	private Long departmentId;

	private String category;

	private String legalBasis;

	private String conditions;

	private String instructions;

	private Integer promisedDays;

	private Integer legalDays;

	private String fee;

	private String onlineLevel;

	private List<String> materialName = new ArrayList<>();

	// the row numbers (from 0) ticked as required
	private List<String> materialRequired = new ArrayList<>();

	private List<String> materialFormats = new ArrayList<>();

	/** The form of a stored item. */
	static ItemForm of(Catalogue.Item item) {
		ItemForm form = new ItemForm();
		form.code = item.code();
		form.name = item.name();
		form.departmentId = item.departmentId();
		form.category = item.category();
		form.legalBasis = item.legalBasis();
		form.conditions = item.conditions();
		form.instructions = item.instructions();
		form.promisedDays = item.promisedDays();
		form.legalDays = item.legalDays();
		form.fee = item.fee();
		form.onlineLevel = item.onlineLevel();
		for (int i = 0; i < item.materials().size(); i++) {
			Catalogue.Item.Material material = item.materials().get(i);
			form.materialName.add(material.name());
			form.materialFormats.add(String.join(",", material.formats()));
			if (material.required()) {
				form.materialRequired.add(String.valueOf(i));
			}
		}
		return form;
	}

	/** The command to save: the code upper-case, the materials of the rows that have a name. */
	Catalogue.SaveItem command() {
		List<Catalogue.SaveItem.Material> materials = new ArrayList<>();
		for (int i = 0; i < materialName.size(); i++) {
			if (materialName.get(i) != null && !materialName.get(i).isBlank()) {
				materials.add(new Catalogue.SaveItem.Material(materialName.get(i),
						materialRequired.contains(String.valueOf(i)),
						i < materialFormats.size() ? materialFormats.get(i) : null, null));
			}
		}
		return new Catalogue.SaveItem(code == null ? null : code.strip().toUpperCase(), name, departmentId, category,
				legalBasis, conditions, instructions, promisedDays, legalDays, fee, onlineLevel, materials);
	}

	/** What row {@code i} of the materials shows in the column. */
	public String materialName(int i) {
		return i < materialName.size() ? materialName.get(i) : "";
	}

	public String materialFormats(int i) {
		return i < materialFormats.size() ? materialFormats.get(i) : "";
	}

	public boolean materialRequired(int i) {
		return materialRequired.contains(String.valueOf(i));
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getInstructions() {
		return instructions;
	}

	public void setInstructions(String instructions) {
		this.instructions = instructions;
	}

	public Integer getPromisedDays() {
		return promisedDays;
	}

	public void setPromisedDays(Integer promisedDays) {
		this.promisedDays = promisedDays;
	}

	public Integer getLegalDays() {
		return legalDays;
	}

	public void setLegalDays(Integer legalDays) {
		this.legalDays = legalDays;
	}

	public String getFee() {
		return fee;
	}

	public void setFee(String fee) {
		this.fee = fee;
	}

	public String getOnlineLevel() {
		return onlineLevel;
	}

	public void setOnlineLevel(String onlineLevel) {
		this.onlineLevel = onlineLevel;
	}

	public List<String> getMaterialName() {
		return materialName;
	}

	public void setMaterialName(List<String> materialName) {
		this.materialName = materialName == null ? new ArrayList<>() : new ArrayList<>(materialName);
	}

	public List<String> getMaterialRequired() {
		return materialRequired;
	}

	public void setMaterialRequired(List<String> materialRequired) {
		this.materialRequired = materialRequired == null ? new ArrayList<>() : new ArrayList<>(materialRequired);
	}

	public List<String> getMaterialFormats() {
		return materialFormats;
	}

	public void setMaterialFormats(List<String> materialFormats) {
		this.materialFormats = materialFormats == null ? new ArrayList<>() : new ArrayList<>(materialFormats);
	}

}

package org.chengxiang.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * 城乡分类代码 of the statistical division codes (统计用区划代码和城乡划分代码), as the NBS defines them.
 */
public enum UrbanRuralClass {

	/** 111 主城区. */
	MAIN_URBAN("111", "主城区", true),
	/** 112 城乡结合区. */
	URBAN_FRINGE("112", "城乡结合区", true),
	/** 121 镇中心区. */
	TOWN_CENTRE("121", "镇中心区", true),
	/** 122 镇乡结合区. */
	TOWN_FRINGE("122", "镇乡结合区", true),
	/** 123 特殊区域. */
	SPECIAL_AREA("123", "特殊区域", true),
	/** 210 乡中心区. */
	TOWNSHIP_CENTRE("210", "乡中心区", false),
	/** 220 村庄. */
	VILLAGE("220", "村庄", false);

	private final String code;

	private final String label;

	private final boolean urban;

	UrbanRuralClass(String code, String label, boolean urban) {
		this.code = code;
		this.label = label;
		this.urban = urban;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** Codes starting with 1 are urban (城镇), with 2 rural (乡村). */
	public boolean isUrban() {
		return urban;
	}

	public static Optional<UrbanRuralClass> ofCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

}

package org.chengxiang.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * 城乡分类代码 of the statistical division codes (统计用区划代码和城乡划分代码), as the NBS defines them.
 */
public enum UrbanRuralClass {

	/** 111 主城区. */
	MAIN_URBAN("111", "主城区"),
	/** 112 城乡结合区. */
	URBAN_FRINGE("112", "城乡结合区"),
	/** 121 镇中心区. */
	TOWN_CENTRE("121", "镇中心区"),
	/** 122 镇乡结合区. */
	TOWN_FRINGE("122", "镇乡结合区"),
	/** 123 特殊区域. */
	SPECIAL_AREA("123", "特殊区域"),
	/** 210 乡中心区. */
	TOWNSHIP_CENTRE("210", "乡中心区"),
	/** 220 村庄. */
	VILLAGE("220", "村庄");

	private final String code;

	private final String label;

	UrbanRuralClass(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<UrbanRuralClass> ofCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

}

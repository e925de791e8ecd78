package org.chengxiang.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * 城乡分类代码 of the statistical division codes (统计用区划代码和城乡划分代码), as the NBS defines them; their
 * names are message keys {@code directory.urbanRural.<constant>}.
 */
public enum UrbanRuralClass {

	/** 111 主城区. */
	MAIN_URBAN("111"),
	/** 112 城乡结合区. */
	URBAN_FRINGE("112"),
	/** 121 镇中心区. */
	TOWN_CENTRE("121"),
	/** 122 镇乡结合区. */
	TOWN_FRINGE("122"),
	/** 123 特殊区域. */
	SPECIAL_AREA("123"),
	/** 210 乡中心区. */
	TOWNSHIP_CENTRE("210"),
	/** 220 村庄. */
	VILLAGE("220");

	private final String code;

	UrbanRuralClass(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<UrbanRuralClass> ofCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

}

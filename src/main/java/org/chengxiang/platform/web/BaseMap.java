package org.chengxiang.platform.web;

import org.springframework.stereotype.Component;

/**
 * The base map's settings as the map fragment reads them ({@code ${@baseMap.settings()}}), so that every page
 * with a map shows the same tiles without each controller adding them.
 */
@Component("baseMap")
public class BaseMap {

	private final MapProperties settings;

	BaseMap(MapProperties settings) {
		this.settings = settings;
	}

	public MapProperties settings() {
		return settings;
	}

}

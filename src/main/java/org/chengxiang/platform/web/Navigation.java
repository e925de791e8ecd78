package org.chengxiang.platform.web;

import java.util.List;

/**
 * What a module puts in the sidebar menu: its headings and links, each with the people who see it and its place.
 * Modules implement it as beans; the layout shows the entries of all of them in their order, so the layout knows
 * no module, and a new module adds its menu by adding one such bean.
 * <p>
 * Places by hundreds, so that a module's entries stay together and a module can slot one into another's
 * heading: the home page 0, services 100, city operations 200, supervision 300, organisation 400, platform
 * administration 500, the person's own pages 900. Two entries never share a place: the menu refuses to start.
 */
public interface Navigation {

	/** This module's entries, whoever the person is; each says who sees it. */
	List<NavigationEntry> entries();

}

package org.chengxiang.platform.web;

import java.util.List;

import org.chengxiang.platform.security.CurrentUser;

/**
 * What a module puts on the signed-in person's home page (工作台): the things waiting for them there, counted
 * within their scope, each linking to the list it counts. Modules implement it as beans; the home page asks all
 * of them, so the platform knows none of them; {@code @Order} on the bean places its items on the page.
 */
public interface Workbench {

	/** The person's items from this module, none if it has nothing for their role. */
	List<Item> items(CurrentUser user);

	/**
	 * One count on the home page.
	 *
	 * @param labelKey message key of what is counted
	 * @param count how many, within the person's scope
	 * @param href the page listing them
	 * @param urgent whether a non-zero count needs attention now (overdue, a supervision notice)
	 */
	record Item(String labelKey, long count, String href, boolean urgent) {
	}

}

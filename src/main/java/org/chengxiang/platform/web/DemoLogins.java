package org.chengxiang.platform.web;

import java.util.List;

/**
 * The demo accounts of the embedded default, as the module that creates them knows them, so that the startup
 * announcement lists every one of them. Absent on a configured production database.
 */
public interface DemoLogins {

	/** The password every demo account shares. */
	String password();

	/** Every demo login name, in the order the README lists them. */
	List<String> usernames();

}

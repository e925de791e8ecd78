package org.chengxiang.services;

/** Which application numbers the one-stop core holds, for a module's pages that link to an application. */
@FunctionalInterface
public interface ApplicationNumbers {

	/**
	 * Whether an application of the item has this number: a record entered before the platform (from an earlier
	 * system, or demo data) names a number the one-stop core does not hold, and its page links to none.
	 */
	boolean holds(String number, String itemCode);

}

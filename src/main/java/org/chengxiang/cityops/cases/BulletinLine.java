package org.chengxiang.cityops.cases;

/**
 * A line of the monthly bulletin (考核月报): a department, a township, a grid officer or the total. Rates in percent
 * with one decimal, {@code null} when there is nothing to divide by.
 *
 * @param key the department's id, the township's code, the officer's login name, or {@code ALL}
 * @param name what the line is called
 * @param reported cases reported in the month
 * @param filed of them filed (立案)
 * @param dispatched dispatched
 * @param handled reported done by the department
 * @param handledOnTime done within the time limit
 * @param overdue done late, or still with the department past its deadline
 * @param reworked sent back after a failed verification
 * @param extended given a later deadline
 * @param closed closed (结案)
 * @param filingRate filed of reported
 * @param onTimeRate on time of handled
 * @param reworkRate reworked of dispatched
 * @param extensionRate extended of dispatched
 * @param closureRate closed of filed
 * @param medianHoursToClose the median hours from report to closure
 */
public record BulletinLine(String key, String name, int reported, int filed, int dispatched, int handled,
		int handledOnTime, int overdue, int reworked, int extended, int closed, Double filingRate, Double onTimeRate,
		Double reworkRate, Double extensionRate, Double closureRate, Double medianHoursToClose) {
}

package org.chengxiang.cityops.cases;

/**
 * How many cases are in a status and class.
 *
 * @param status the workflow status, e.g. {@code HANDLING} (worded by the message {@code cityops.case.status.<status>})
 * @param classCode the case class, e.g. {@code E-0405}
 * @param className its name, e.g. 道路积水
 * @param count how many
 */
public record CaseCount(CaseStatus status, String classCode, String className, long count) {
}

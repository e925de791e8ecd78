package org.chengxiang.cityops;

/**
 * How many cases are in a status and class.
 *
 * @param status the workflow status, e.g. {@code HANDLING}
 * @param statusLabel its Chinese label, e.g. 处置中
 * @param classCode the case class, e.g. {@code E-0405}
 * @param className its name, e.g. 道路积水
 * @param count how many
 */
public record CaseCount(String status, String statusLabel, String classCode, String className, long count) {
}

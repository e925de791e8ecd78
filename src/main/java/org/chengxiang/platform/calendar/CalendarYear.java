package org.chengxiang.platform.calendar;

/**
 * A year whose official holiday arrangement is loaded, with the notice it comes from.
 *
 * @param year the year the arrangement is for
 * @param source the notice, e.g. 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）
 */
public record CalendarYear(int year, String source) {
}

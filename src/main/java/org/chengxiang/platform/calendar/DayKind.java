package org.chengxiang.platform.calendar;

/**
 * How a special day departs from the ordinary Monday-to-Friday week.
 */
public enum DayKind {

	/** A day off listed in the official arrangement (放假), whatever weekday it falls on. */
	HOLIDAY,

	/** A Saturday or Sunday worked in exchange for a holiday (调休上班). */
	WORKDAY

}

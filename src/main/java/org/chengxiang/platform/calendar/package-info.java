/**
 * Working-day calendar on the official Chinese holiday arrangements.
 */
@org.springframework.modulith.NamedInterface("calendar")
package org.chengxiang.platform.calendar;

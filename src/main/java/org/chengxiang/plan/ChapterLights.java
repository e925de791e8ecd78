package org.chengxiang.plan;

/**
 * The traffic lights of one chapter of an active plan: its task × department assignments by light, city-wide.
 *
 * @param number the chapter's number as written (一、二、…)
 * @param title its title
 * @param green assignments on track
 * @param yellow assignments with a late report or a milestone due within 7 days
 * @param red assignments with an overdue milestone
 */
public record ChapterLights(String number, String title, int green, int yellow, int red) {
}

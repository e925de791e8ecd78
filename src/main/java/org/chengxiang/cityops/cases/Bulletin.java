package org.chengxiang.cityops.cases;

import java.time.YearMonth;
import java.util.List;

/**
 * The month's bulletin (考核月报) within a viewer's scope: the total, and a line per department, per township and per
 * grid officer who reported.
 */
public record Bulletin(YearMonth month, BulletinLine total, List<BulletinLine> departments,
		List<BulletinLine> townships, List<BulletinLine> officers) {
}

package org.chengxiang.residence.schools;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.WordedIndicator.Measured;
import org.chengxiang.residence.PlanTask;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's live indicators of migrant children's school places, bound to task (三) 推动城镇基本公共服务覆盖未落户常住人口:
 * places applied for and places offered in the plan's year's round, no value while the year has no applications.
 * Names, units and notes are the messages {@code residence.schools.indicator.<name>.*}.
 */
@Configuration(proxyBeanMethods = false)
class SchoolsIndicators {

	@Bean
	IndicatorSource schoolPlacesApplied(SupplyQueries supply, MessageSource messages) {
		return PlanTask.indicator("residence.school-places-applied", "residence.schools.indicator.applied", messages,
				scope -> measured(supply.appliedAndOffered(scope.year()), 0, scope.year()));
	}

	@Bean
	IndicatorSource schoolPlacesOffered(SupplyQueries supply, MessageSource messages) {
		return PlanTask.indicator("residence.school-places-offered", "residence.schools.indicator.offered", messages,
				scope -> measured(supply.appliedAndOffered(scope.year()), 1, scope.year()));
	}

	/** One of the round's counts (applied, offered), the note naming the year and both. */
	private static Measured measured(long[] appliedAndOffered, int which, int year) {
		if (appliedAndOffered[0] == 0) {
			return null;
		}
		return new Measured(appliedAndOffered[which], year, appliedAndOffered[0], appliedAndOffered[1]);
	}

}

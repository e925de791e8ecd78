package org.chengxiang.services;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Services settings.
 *
 * @param fileDir where application materials are kept (outside the database)
 * @param countyCode the prefix of application numbers, the county's division code
 * @param dueSoonWorkingDays how many working days before its deadline an application counts as due soon
 * @param followUpWorkingDays how many working days a department has to follow up an unsatisfied rating (差评整改)
 */
@ConfigurationProperties("chengxiang.services")
record ServicesProperties(@DefaultValue("data/files") Path fileDir, @DefaultValue("210882") String countyCode,
		@DefaultValue("3") int dueSoonWorkingDays, @DefaultValue("15") int followUpWorkingDays) {
}

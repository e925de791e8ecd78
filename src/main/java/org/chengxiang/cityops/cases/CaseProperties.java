package org.chengxiang.cityops.cases;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * City-management case settings ({@code chengxiang.cityops.*}).
 *
 * @param duplicateRadiusMetres a report within this distance of an open case of the same class is merged into it
 * @param filingHours the operator files or rejects a report within this many hours
 * @param dispatchHours the operator dispatches a filed case within this many hours
 * @param verificationHours the grid officer verifies the department's feedback within this many hours
 * @param closingHours the operator closes a verified case within this many hours
 * @param hangingAfter a case past its handling deadline with no step for this long is shown as hanging (挂账)
 * @param photoMaxBytes the largest photo accepted
 * @param fileDir where photos are kept; by default {@code cityops} under the services' file directory
 * @param escalationCron when the escalation job looks for overdue steps
 */
@ConfigurationProperties("chengxiang.cityops")
record CaseProperties(@DefaultValue("50") int duplicateRadiusMetres, @DefaultValue("2") int filingHours,
		@DefaultValue("1") int dispatchHours, @DefaultValue("24") int verificationHours,
		@DefaultValue("8") int closingHours, @DefaultValue("72h") Duration hangingAfter,
		@DefaultValue("5242880") int photoMaxBytes, Path fileDir,
		@DefaultValue("0 */5 * * * *") String escalationCron) {
}

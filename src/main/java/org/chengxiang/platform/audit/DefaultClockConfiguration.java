package org.chengxiang.platform.audit;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The wall clock audit entries are stamped with, unless the application defines its own (tests
 * that need a fixed time do).
 */
// An auto-configuration, not a scanned @Configuration: only then is @ConditionalOnMissingBean
// evaluated after every application-defined bean, whatever order the classes are scanned in.
@AutoConfiguration
class DefaultClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

}

package org.chengxiang.platform.db;

import java.util.Arrays;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;

/**
 * On the embedded default, ties the server's lifetime to the application contexts that use it.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(EmbeddedPostgresEnvironment.ACTIVE)
class EmbeddedPostgresAutoConfiguration {

	static final String LEASE = "embeddedPostgresLease";

	@Bean(LEASE)
	EmbeddedPostgresLease embeddedPostgresLease() {
		return new EmbeddedPostgresLease();
	}

	/** Makes every datasource depend on the lease, so the lease is destroyed after the pools close. */
	@Bean
	static BeanFactoryPostProcessor embeddedPostgresLeaseOrdering() {
		return beanFactory -> {
			for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
				if (!Arrays.asList(dependsOn).contains(LEASE)) {
					definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(LEASE)).toArray(String[]::new));
				}
			}
		};
	}

}

package org.chengxiang.platform.db;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and points the datasource at it, unless
 * {@code spring.datasource.url} is configured: then that database is production and nothing is
 * started. Sets {@value #ACTIVE} so that demo data and generated keys happen on the embedded
 * default only.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	/** Property that is {@code true} exactly when the platform runs on its embedded database. */
	public static final String ACTIVE = "chengxiang.embedded.active";

	private final Log log;

	/** Messages of the start are held until the application's logging is set up, then written. */
	public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgresServer.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			environment.getPropertySources().addFirst(new MapPropertySource("chengxiang-external-db", Map.of(ACTIVE, false)));
			return;
		}
		Path directory = Path.of(environment.getProperty("chengxiang.embedded.data-dir", "data/pg"));
		boolean clean = environment.getProperty("chengxiang.embedded.clean", Boolean.class, false);
		String url = EmbeddedPostgresServer.jdbcUrl(directory, clean, log);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("chengxiang-embedded-db",
					Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
							"spring.datasource.password", "postgres", ACTIVE, true)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

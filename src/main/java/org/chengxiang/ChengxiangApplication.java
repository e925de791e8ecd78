package org.chengxiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Chengxiang (城乡): the platform a county-level city uses to carry out its new-urbanization plan.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class ChengxiangApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChengxiangApplication.class, args);
	}

}

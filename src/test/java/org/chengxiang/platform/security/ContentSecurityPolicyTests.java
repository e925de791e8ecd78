package org.chengxiang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengxiang.platform.web.MapProperties;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTests {

	@Test
	void imagesComeOnlyFromThisServerUnlessATileServerIsConfigured() {
		assertThat(SecurityConfiguration.contentSecurityPolicy(new MapProperties(null, null, null, null, null, 18)))
			.contains("img-src 'self' data: blob:;")
			.contains("script-src 'self';");
	}

	@Test
	void theConfiguredTileServersAreAllowedAsImageSources() {
		String policy = SecurityConfiguration.contentSecurityPolicy(
				new MapProperties("https://{s}.tiles.gov.local/{z}/{x}/{y}.png", null, null, "ab", null, 18));
		assertThat(policy).contains("img-src 'self' data: blob: https://a.tiles.gov.local https://b.tiles.gov.local;")
			.contains("script-src 'self';");
	}

}

package org.chengxiang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapPropertiesTests {

	@Test
	void withNothingSetThereIsNoBaseMapAndNoTileHost() {
		MapProperties map = new MapProperties(null, null, " ", null, null, 18);
		assertThat(map.configured()).isFalse();
		assertThat(map.baseLayer()).isNull();
		assertThat(map.imageSources()).isEmpty();
	}

	@Test
	void aTiandituKeyGivesItsVectorTilesAndAnnotationsFromEveryServer() {
		MapProperties map = new MapProperties(null, null, "abc123", null, null, 18);
		assertThat(map.tianditu()).isTrue();
		assertThat(map.baseLayer()).startsWith("https://t{s}.tianditu.gov.cn/vec_w/wmts?")
			.contains("LAYER=vec", "TILEMATRIX={z}&TILEROW={y}&TILECOL={x}", "tk=abc123");
		assertThat(map.labelLayer()).startsWith("https://t{s}.tianditu.gov.cn/cva_w/wmts?").contains("LAYER=cva");
		assertThat(map.tileSubdomains()).isEqualTo("01234567");
		assertThat(map.imageSources()).hasSize(8).contains("https://t0.tianditu.gov.cn", "https://t7.tianditu.gov.cn");
	}

	@Test
	void anIntranetTileServerWinsOverTheKeyAndOnlyItsHostIsAllowed() {
		MapProperties map = new MapProperties("http://10.1.2.3:8081/tiles/{z}/{x}/{y}.png",
				"http://labels.gis.local/{z}/{x}/{y}.png", "abc123", null, "市测绘院", 19);
		assertThat(map.tianditu()).isFalse();
		assertThat(map.baseLayer()).isEqualTo("http://10.1.2.3:8081/tiles/{z}/{x}/{y}.png");
		assertThat(map.labelLayer()).isEqualTo("http://labels.gis.local/{z}/{x}/{y}.png");
		assertThat(map.imageSources()).containsExactly("http://10.1.2.3:8081", "http://labels.gis.local");
	}

	@Test
	void tilesServedByThisServerNeedNoExtraSource() {
		assertThat(new MapProperties("/tiles/{z}/{x}/{y}.png", null, null, null, null, 18).imageSources()).isEmpty();
	}

	@Test
	void aTemplateThatIsNoWebAddressStopsTheStart() {
		assertThatThrownBy(() -> new MapProperties("ftp://tiles/{z}/{x}/{y}.png", null, null, null, null, 18))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MapProperties("https://evil.example; script-src *", null, null, null, null, 18))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MapProperties(null, null, "k", null, null, 30))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

package org.chengxiang.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The town-then-place choice: every community and village under its town, repeated names with their town, and the
 * second list filled for one town on request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceChoicesIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void everyPlaceIsUnderItsTownAndRepeatedNamesCarryTheirTown() {
		PlaceChoices places = directory.placeChoices();
		assertThat(places.towns().stream().mapToInt(t -> t.places().size()).sum())
			.isEqualTo(directory.neighbourhoods().size());
		assertThat(places.towns().stream().flatMap(t -> t.places().stream()).filter(p -> p.name().equals("腰屯村委会")))
			.hasSize(3)
			.allSatisfy(p -> assertThat(p.label()).isEqualTo("腰屯村委会（" + p.townName() + "）"));
		assertThat(places.place("210882003001")).hasValueSatisfying(p -> {
			assertThat(p.label()).isEqualTo("铁西社区");
			assertThat(p.townCode()).isEqualTo("210882003000");
		});
		assertThat(directory.placeLabel("210882101221")).isEqualTo("腰屯村委会（水源镇）");
		// labels are unique, so that a list never shows the same words twice
		assertThat(places.towns().stream().flatMap(t -> t.places().stream()).map(PlaceChoices.Place::label))
			.doesNotHaveDuplicates();
	}

	@Test
	void theSecondListHoldsTheChosenTownsPlacesOnly() throws Exception {
		mvc.perform(get("/directory/places").param("town", "210882003000").header("HX-Request", "true")
			.with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("铁西社区")))
			.andExpect(content().string(not(containsString("腰屯村委会"))))
			.andExpect(content().string(not(containsString("optgroup"))));
		// no town: everything, grouped by town, as the page offers it without scripts
		mvc.perform(get("/directory/places").with(httpBasic("resident", PASSWORD)))
			.andExpect(content().string(containsString("<optgroup label=\"水源镇\">")))
			.andExpect(content().string(containsString("腰屯村委会（水源镇）")));
		mvc.perform(get("/directory/places").param("town", "210882003000")).andExpect(status().isUnauthorized());
	}

	@Test
	void theGridCellFormUsesTheSameChoice() throws Exception {
		mvc.perform(get("/directory/grid/new").param("division", "210882101221").accept(MediaType.TEXT_HTML)
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"town\"")))
			.andExpect(content().string(containsString("<option translate=\"no\" value=\"210882101221\" selected=\"selected\">腰屯村委会</option>")));
	}

}

package org.chengxiang.residence.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** Supply against demand per school and per town, as tables and a chart. */
@Controller
@PreAuthorize("@schoolsEducation.includes(principal) or hasAnyRole('SUPERVISOR','ADMIN')")
class SupplyPages {

	private final SupplyQueries supply;

	private final SchoolQueries schools;

	private final JsonMapper json;

	private final Clock clock;

	SupplyPages(SupplyQueries supply, SchoolQueries schools, JsonMapper json, Clock clock) {
		this.supply = supply;
		this.schools = schools;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/residence/schools/supply")
	String supply(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null && year >= 2000 && year <= 2100 ? year : LocalDate.now(clock).getYear();
		SupplyQueries.Supply figures = supply.of(shown);
		model.addAttribute("year", shown);
		model.addAttribute("years", schools.years(shown));
		model.addAttribute("supply", figures);
		model.addAttribute("chart", json.writeValueAsString(Map.of("labels",
				figures.schools().stream().map(SupplyQueries.Line::name).toList(), "series",
				java.util.List.of(figures.schools().stream().map(SupplyQueries.Line::places).toList(),
						figures.schools().stream().map(SupplyQueries.Line::applied).toList(),
						figures.schools().stream().map(SupplyQueries.Line::offered).toList()))));
		return "residence/schools/supply";
	}

}

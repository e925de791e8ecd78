package org.chengxiang.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The community-or-village choice of every form: once a town is chosen, the second list is filled with its places
 * only. Without scripts the form keeps the whole list, grouped by town.
 */
@Controller
class PlacePages {

	private final Directory directory;

	PlacePages(Directory directory) {
		this.directory = directory;
	}

	/** The options of the place list for a town (every town's, grouped, when none is chosen). */
	@GetMapping("/directory/places")
	String options(@RequestParam(required = false) String town, @RequestParam(required = false) String selected,
			Model model) {
		PlaceChoices places = directory.placeChoices();
		model.addAttribute("places", places);
		model.addAttribute("town", town == null || town.isBlank() ? null : town);
		model.addAttribute("selected", selected);
		return "fragments/places :: options";
	}

}

package org.chengxiang.training;

import java.util.List;

import org.chengxiang.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A resident's own trainings and certificates on the portal, cards that read on a phone. */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class MyTrainingPages {

	private final MyTrainingQueries queries;

	MyTrainingPages(MyTrainingQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/training/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<MyTrainingQueries.MyTraining> trainings = queries.of(user.id());
		model.addAttribute("trainings", trainings);
		model.addAttribute("certificates", trainings.stream().filter(t -> t.certificateNumber() != null).toList());
		return "training/mine";
	}

}

package org.chengxiang.training;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the class page shows, for every handler that renders it again: the class, its roster and sessions, and each
 * form on it, empty unless the handler put the one it re-renders with what was typed.
 */
@Component
class ClassPageModel {

	static final String VIEW = "training/classes-detail";

	private final ClassQueries queries;

	private final ClassDetails details;

	private final ProviderScope scope;

	ClassPageModel(ClassQueries queries, ClassDetails details, ProviderScope scope) {
		this.queries = queries;
		this.details = details;
		this.scope = scope;
	}

	/** The class if the user may see it; else 404, as if it did not exist. */
	TrainingClass visible(long id, CurrentUser user) {
		return queries.find(id, scope.filter(user)).orElseThrow(() -> new NoSuchRecord("class " + id));
	}

	String page(TrainingClass c, Model model) {
		ClassDetails.ClassView view = details.view(c);
		model.addAttribute("cls", view);
		if (!model.containsAttribute("traineeForm")) {
			model.addAttribute("traineeForm", TraineeForm.EMPTY);
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.EMPTY);
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new ClassStepForm(view.version()));
		}
		if (!model.containsAttribute("rosterUpload")) {
			model.addAttribute("rosterUpload", new RosterUploadForm(null));
		}
		return VIEW;
	}

}

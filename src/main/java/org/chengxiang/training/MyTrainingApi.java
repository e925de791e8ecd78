package org.chengxiang.training;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.KeysetPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident's own trainings and certificates over JSON. */
@RestController
@PreAuthorize("hasRole('RESIDENT')")
class MyTrainingApi {

	private final MyTrainingQueries queries;

	MyTrainingApi(MyTrainingQueries queries) {
		this.queries = queries;
	}

	/** All on one page: a person has a handful. */
	@GetMapping("/api/training/mine")
	KeysetPage<MyTrainingQueries.MyTraining> mine(@AuthenticationPrincipal CurrentUser user) {
		return new KeysetPage<>(queries.of(user.id()), null);
	}

}

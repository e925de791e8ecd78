package org.chengxiang.services;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An application (or one of its documents) that does not exist or that the user may not see answers the pages of
 * the services module with the not-found page (404), as the API answers with a 404 problem.
 */
@ControllerAdvice(assignableTypes = { ServicesPages.class, ApplicationStepPages.class, InboxPages.class,
		ServiceDocumentPages.class, IdentifierPages.class, RatingFollowUpPages.class, CataloguePages.class,
		ServicesExports.class })
class ServicesPageProblems {

	private static final Logger log = LoggerFactory.getLogger(ServicesPageProblems.class);

	@ExceptionHandler(NoSuchRecord.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NoSuchRecord ex, Model model) {
		log.debug("Not found: {}", ex.getMessage());
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return "error";
	}

}

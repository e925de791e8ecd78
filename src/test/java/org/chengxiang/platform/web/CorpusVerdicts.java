package org.chengxiang.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges the answers to the corpus. An API answer must be a 4xx ProblemDetail, naming the field when the value was
 * wrong wherever sent. A page answer must be a 4xx, the form shown again (200), or a redirect carrying an error
 * message, never a 5xx and never a redirect that means the form was taken. The caller was chosen to be allowed, so
 * 401 and 403 mean the rule picked the wrong user. Findings are collected, not thrown, so that one run lists them all.
 */
final class CorpusVerdicts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> findings = new ArrayList<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private int requests;

	private int serverErrors;

	void api(MvcResult result, String what, String field, boolean named, boolean read) throws Exception {
		MockHttpServletResponse response = count(result);
		int status = response.getStatus();
		String where = what + (field == null ? "" : " [" + field + "]");
		if (status >= 500) {
			findings.add(status + " " + where + " " + excerpt(result));
			return;
		}
		if (status < 400 && !(read && !named)) {
			findings.add("accepted (" + status + ") " + where);
			return;
		}
		if (status < 400) {
			return;
		}
		if (status == 401 || status == 403) {
			findings.add("caller not allowed (" + status + ") " + where);
			return;
		}
		String contentType = String.valueOf(response.getContentType());
		if (!contentType.startsWith("application/problem+json")) {
			findings.add("not a ProblemDetail (" + status + ", " + contentType + ") " + where);
			return;
		}
		if (!named && field != null && status == 400) {
			JsonNode problem = JSON.readTree(response.getContentAsByteArray());
			if (problem.path("errors").isEmpty() && problem.path("field").asString("").isEmpty()) {
				findings.add("no field named " + where + " " + excerpt(result));
			}
			return;
		}
		if (named && field != null) {
			if (status != 400) {
				findings.add("field not named (" + status + ") " + where + " " + excerpt(result));
				return;
			}
			JsonNode problem = JSON.readTree(response.getContentAsByteArray());
			boolean found = names(problem.path("field").asString(""), field);
			for (JsonNode error : problem.path("errors")) {
				found |= names(error.path("field").asString(""), field);
			}
			if (!found) {
				findings.add("field not named " + where + " " + excerpt(result));
			}
		}
	}

	void page(MvcResult result, String what, String field) {
		MockHttpServletResponse response = count(result);
		int status = response.getStatus();
		String where = what + (field == null ? "" : " [" + field + "]");
		if (status >= 500) {
			findings.add(status + " " + where + " " + excerpt(result));
		}
		else if (status == 401 || status == 403) {
			findings.add("caller not allowed (" + status + ") " + where);
		}
		else if (status >= 300 && status < 400) {
			Object flash = result.getFlashMap().get("flash");
			String location = String.valueOf(response.getRedirectedUrl());
			if (location.contains("/login")) {
				findings.add("caller not allowed (redirect to login) " + where);
			}
			else if (!(flash instanceof Flash message && message.error())) {
				findings.add("taken (redirect to " + location + ") " + where);
			}
		}
	}

	/** Whether an error's field is the field sent (or the list or record holding it). */
	static boolean names(String errorField, String field) {
		if (errorField.isEmpty()) {
			return false;
		}
		String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
		String normalised = errorField.replaceAll("\\[\\d+]", "");
		return errorField.equals(field) || normalised.equals(field.replaceAll("\\[\\d+]", ""))
				|| normalised.endsWith(leaf) || field.startsWith(errorField);
	}

	private MockHttpServletResponse count(MvcResult result) {
		requests++;
		int status = result.getResponse().getStatus();
		statuses.merge(status, 1, Integer::sum);
		if (status >= 500) {
			serverErrors++;
		}
		return result.getResponse();
	}

	private static String excerpt(MvcResult result) {
		try {
			String body = result.getResponse().getContentAsString();
			Exception resolved = result.getResolvedException();
			String text = body.length() > 300 ? body.substring(0, 300) : body;
			return (resolved != null ? resolved.getClass().getSimpleName() + ": " : "") + text.replaceAll("\\s+", " ");
		}
		catch (Exception ex) {
			return "";
		}
	}

	List<String> findings() {
		return findings;
	}

	int requests() {
		return requests;
	}

	int serverErrors() {
		return serverErrors;
	}

	Map<Integer, Integer> statuses() {
		return statuses;
	}

}

package org.chengxiang.platform.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * Who sends the corpus to an endpoint: a demo user allowed to call it, by a rule rather than a table. The first role
 * the handler's {@code @PreAuthorize} names picks the user of that role; the settlement police rule picks the police
 * clerk; a handler without a role rule gets the administrator. Public endpoints are called anonymously, and the
 * telemetry endpoint by the demo gateway.
 */
final class CorpusCallers {

	static final String ANONYMOUS = "";

	static final String GATEWAY = "gateway";

	private static final Pattern ROLE = Pattern.compile("hasA?n?y?Role\\('([A-Z_]+)'");

	private static final Map<String, String> USER_OF_ROLE = Map.of("ADMIN", "admin", "SUPERVISOR", "supervisor",
			"DEPARTMENT_LEAD", "drc", "CLERK", "police", "OPERATOR", "operator", "GRID_OFFICER", "grid01", "RESIDENT",
			"resident", "PROVIDER", "school01");

	/** Paths anyone may call without logging in. */
	private static final Map<String, String> PUBLIC = Map.of("/register", ANONYMOUS, "/api/residents", ANONYMOUS,
			"/api/cityops/telemetry", GATEWAY);

	/** Handlers that check the role in code rather than by annotation: the user by the path's ending. */
	private static final Map<String, String> IN_CODE = Map.ofEntries(Map.entry("/applications/{id}/approval", "drc"),
			Map.entry("/applications/{id}/rejection", "drc"), Map.entry("/api/services/inbox/search", "police"),
			Map.entry("/api/services/inbox", "police"), Map.entry("/review", "supervisor"),
			Map.entry("/extensions/{requestId}/decision", "supervisor"), Map.entry("/escalation", "supervisor"),
			Map.entry("/measures/return", "supervisor"), Map.entry("/measures/approval", "supervisor"),
			Map.entry("/assignments/{id}/archival", "supervisor"), Map.entry("/cityops/cases/new", "grid01"),
			Map.entry("/cases/{id}/dispatch", "operator"), Map.entry("/cases/{id}/filing", "operator"),
			Map.entry("/cases/{id}/extension/decision", "operator"), Map.entry("/cases/{id}/feedback", "zjj"),
			Map.entry("/cases/{id}/dispute", "zjj"), Map.entry("/cases/{id}/start", "zjj"),
			Map.entry("/cases/{id}/photos", "zjj"), Map.entry("/cases/{id}/extension", "zjj"),
			Map.entry("/cases/{id}/closure", "operator"));

	private static final Pattern CLERK_STEP = Pattern
		.compile("(/api)?/services/applications/\\{id}/(acceptance|refusal|review|correction|hand-over)");

	static String of(String path, HandlerMethod handler) {
		if (PUBLIC.containsKey(path)) {
			return PUBLIC.get(path);
		}
		if (CLERK_STEP.matcher(path).matches()) {
			return "police";
		}
		for (Map.Entry<String, String> rule : IN_CODE.entrySet()) {
			if (path.endsWith(rule.getKey()) && !path.contains("/training/")) {
				return rule.getValue();
			}
		}
		if (handler == null) {
			return "admin";
		}
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return "admin";
		}
		if (rule.value().startsWith("@settlementPolice") || rule.value().startsWith("@residencePolice")) {
			return "police";
		}
		if (rule.value().startsWith("@schoolsEducation")) {
			return "edu";
		}
		if (rule.value().startsWith("@housingBureau")) {
			return "zjj";
		}
		if (rule.value().startsWith("@pensionBureau") || rule.value().startsWith("@trainingBureau")) {
			return "hrss";
		}
		if (rule.value().startsWith("@trainingFinance")) {
			return "finance";
		}
		if (rule.value().startsWith("@trainingProviders")) {
			return "school01";
		}
		Matcher role = ROLE.matcher(rule.value());
		return role.find() ? USER_OF_ROLE.get(role.group(1)) : "admin";
	}

	private CorpusCallers() {
	}

}

package org.chengxiang.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real records the access matrix puts into path variables: for each variable, a record of the demo users' own
 * (the police department's application of the demo resident, an assignment of the police department …) and, where
 * records belong to someone, a foreign one of another department or resident. Variables are named by the segment
 * before them, e.g. {@code applications/{id}}, since {@code {id}} alone means a different record in each module.
 * The oldest record of each kind is taken: the demo data's, written at start before any other test runs, so the
 * table holds however the suite is ordered.
 */
final class AccessRecords {

	/** An id no record has: a path variable without a demo record answers 404 to everyone let in. */
	static final String NONE = "987654321";

	private static final Pattern VARIABLE = Pattern.compile("([^/]+)/\\{([^}]+)}");

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final Map<String, String> home = new HashMap<>();

	private final Map<String, String> foreign = new HashMap<>();

	AccessRecords(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
		long police = department("police");
		long hrss = department("hrss");
		long zjj = department("zjj");
		long resident = user("resident");
		String ownApplication = first("""
				select id from services.application where applicant_user_id = :u and department_id = :d
				and status <> 'DRAFT' order by id limit 1""", Map.of("u", resident, "d", police));
		home.put("applications/{id}", ownApplication);
		home.put("materials/{position}", "1");
		home.put("follow-ups/{id}", first("select application_id from services.rating_follow_up where department_id = :d order by 1 limit 1", Map.of("d", police)));
		home.put("items/{code}", "SETTLEMENT");
		home.put("policies/{category}", "FAMILY_PARENT");

		String ownAssignment = first("select id from plan.assignment where department_id = :d order by id limit 1", Map.of("d", police));
		String otherAssignment = first("select id from plan.assignment where department_id = :d order by id limit 1", Map.of("d", hrss));
		home.put("assignments/{id}", ownAssignment);
		foreign.put("assignments/{id}", otherAssignment);
		home.put("milestones/{milestoneId}", first("select id from plan.milestone where assignment_id = :a order by id limit 1", Map.of("a", Long.parseLong(ownAssignment))));
		foreign.put("milestones/{milestoneId}", first("select id from plan.milestone where assignment_id = :a order by id limit 1", Map.of("a", Long.parseLong(otherAssignment))));
		// the demo data has none of these, and what other test classes leave differs from run to run: an id nobody
		// has, so that the table holds the role check and 404 whatever ran before
		for (String kind : List.of("extensions/{requestId}", "reports/{reportId}",
				"report-attachments/{attachmentId}", "notices/{noticeId}", "alarms/{id}")) {
			home.put(kind, NONE);
		}
		home.put("plans/{id}", first("select max(id) from plan.plan", Map.of()));
		home.put("tasks/{taskId}", first("select t.id from plan.task t join plan.assignment a on a.task_id = t.id where a.id = :a", Map.of("a", Long.parseLong(ownAssignment))));

		String ownCase = first("select id from cityops.city_case where department_id = :d order by id limit 1", Map.of("d", zjj));
		home.put("cases/{id}", ownCase);
		foreign.put("cases/{id}", first("select id from cityops.city_case where department_id <> :d order by id limit 1", Map.of("d", zjj)));
		home.put("photos/{photoId}", first("select id from cityops.case_photo where case_id = :c order by id limit 1", Map.of("c", Long.parseLong(ownCase))));
		foreign.put("photos/{photoId}", first("select id from cityops.case_photo where case_id = :c order by id limit 1", Map.of("c", Long.parseLong(foreign.get("cases/{id}")))));
		home.put("classes/{code}", first("select code from cityops.case_class order by code limit 1", Map.of()));
		home.put("dispatch-rules/{id}", first("select id from cityops.dispatch_rule order by id limit 1", Map.of()));
		home.put("sensors/{code}", first("select code from cityops.device order by id limit 1", Map.of()));
		home.put("rules/{id}", first("select id from cityops.rule order by id limit 1", Map.of()));
		home.put("gateways/{code}", first("select code from cityops.gateway order by id limit 1", Map.of()));

		home.put("days/{date}", "2026-10-01");
		home.put("years/{year}", "2026");
		home.put("departments/{id}", String.valueOf(police));
		home.put("divisions/{code}", "210882003001");
		home.put("grid-cells/{id}", first("select id from directory.grid_cell order by id limit 1", Map.of()));
		home.put("users/{id}", String.valueOf(user("police")));
		// residence: a demo permit and registration, neither applied for by the demo resident
		home.put("permits/{id}", first("select min(id) from residence.permit", Map.of()));
		home.put("registrations/{id}", first("select min(id) from residence.registration", Map.of()));
		foreign.put("users/{id}", String.valueOf(user("hrss")));
	}

	/** The path with the users' own records in its variables. */
	String own(String path) {
		return resolve(path, false);
	}

	/** Whether a variable of the path names a record that belongs to a department or a resident. */
	boolean hasForeign(String path) {
		Matcher variables = VARIABLE.matcher(path);
		while (variables.find()) {
			if (foreign.containsKey(variables.group(0)) || variables.group(0).equals("applications/{id}")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Who tries the foreign record: someone of the department or the resident who owns the own record, so that the
	 * only difference is whose record it is.
	 */
	List<String> foreignUsers(String path) {
		if (path.contains("/cases/{id}/verification")) {
			return List.of("grid01");
		}
		if (path.contains("/cases/{id}")) {
			return List.of("zjj");
		}
		if (path.contains("/applications/{id}")) {
			return List.of("police", "resident");
		}
		return List.of("police", "resident", "drc");
	}

	/**
	 * The path with a record of another department or resident in its variables (see {@link #hasForeign}). Call
	 * within the transaction the request runs in: a foreign application is written there for the request, and
	 * rolled back with it.
	 */
	String foreign(String path) {
		return resolve(path, true);
	}

	private String resolve(String path, boolean foreignRecords) {
		Matcher variables = VARIABLE.matcher(path);
		StringBuilder resolved = new StringBuilder();
		while (variables.find()) {
			String key = variables.group(0);
			String value;
			if (foreignRecords && key.equals("applications/{id}")) {
				value = foreignApplication();
			}
			else {
				value = foreignRecords && foreign.containsKey(key) ? foreign.get(key) : home.getOrDefault(key, NONE);
			}
			variables.appendReplacement(resolved, Matcher.quoteReplacement(variables.group(1) + "/" + value));
		}
		variables.appendTail(resolved);
		return resolved.toString();
	}

	/** A submitted application of a resident who is none of the demo users, at the department of human resources. */
	private String foreignApplication() {
		long hrss = department("hrss");
		String item = first("select code from services.item where department_id = :d order by code limit 1", Map.of("d", hrss));
		String id = "220102198001010018";
		return String.valueOf(jdbc.sql("""
				insert into services.application (number, item_code, department_id, applicant_user_id, applicant_name,
				    applicant_id_enc, applicant_id_idx, form_enc, online, status, created_at, submitted_at)
				values ('210882-19991231-999999', :item, :d, -1, '外部门申请人', :enc, :idx, :form, true, 'SUBMITTED', now(), now())
				returning id""")
			.param("item", item)
			.param("d", hrss)
			.param("enc", protector.encrypt(id))
			.param("idx", protector.blindIndex(id))
			.param("form", protector.encrypt("{}"))
			.query(Long.class)
			.single());
	}

	private void perDepartment(String key, String sql, long own, long other) {
		home.put(key, first(sql, Map.of("d", own)));
		String elsewhere = first(sql, Map.of("d", other));
		if (!elsewhere.equals(NONE)) {
			foreign.put(key, elsewhere);
		}
	}

	private String first(String sql, Map<String, ?> params) {
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		for (Map.Entry<String, ?> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		List<Object> found = statement.query((rs, n) -> rs.getObject(1)).list();
		return found.isEmpty() || found.get(0) == null ? NONE : String.valueOf(found.get(0));
	}

	private long department(String username) {
		return jdbc.sql("select department_id from directory.app_user where username = :u").param("u", username)
			.query(Long.class).single();
	}

	private long user(String username) {
		return jdbc.sql("select id from directory.app_user where username = :u").param("u", username)
			.query(Long.class).single();
	}

	/** What each variable was given, for the report of a failing run. */
	String describe() {
		return "own " + new java.util.TreeMap<>(home) + "\nforeign " + new java.util.TreeMap<>(foreign);
	}

}

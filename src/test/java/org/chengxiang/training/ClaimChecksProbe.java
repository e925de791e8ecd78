package org.chengxiang.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

/**
 * The claim check as a benchmark outside the module calls it: {@link ClaimChecks#check(long)} through the Spring bean,
 * its answer reduced to each line's refusing rules.
 */
public final class ClaimChecksProbe {

	private final ClaimChecks checks;

	public ClaimChecksProbe(ApplicationContext context) {
		this.checks = context.getBean(ClaimChecks.class);
	}

	/** Per enrolment, the rules that refused its line, in the rules' order, separated by commas; empty when granted. */
	public Map<Long, String> check(long classId) {
		Map<Long, String> lines = new LinkedHashMap<>();
		checks.check(classId)
			.lines()
			.forEach(line -> lines.put(line.enrolmentId(),
					line.refusedBy().stream().map(Enum::name).collect(Collectors.joining(","))));
		return lines;
	}

}

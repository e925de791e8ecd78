package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Departments by their directory code, as the classification and the dispatch rules name them. Read from the
 * directory at most once a minute: listing departments loads their aliases too, and dispatch asks per case.
 */
@Component
class DepartmentCodes {

	private static final Duration REFRESH = Duration.ofMinutes(1);

	private final Directory directory;

	private final Clock clock;

	private volatile Snapshot snapshot;

	DepartmentCodes(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	Optional<DepartmentSummary> byCode(String code) {
		Optional<DepartmentSummary> found = Optional.ofNullable(current(false).byCode().get(code));
		return found.isPresent() ? found : Optional.ofNullable(current(true).byCode().get(code));
	}

	Optional<DepartmentSummary> byId(long id) {
		Optional<DepartmentSummary> found = Optional.ofNullable(current(false).byId().get(id));
		return found.isPresent() ? found : Optional.ofNullable(current(true).byId().get(id));
	}

	/** The short name, or the id when the department is gone. */
	String name(Long id) {
		return id == null ? null : byId(id).map(DepartmentSummary::shortName).orElse("#" + id);
	}

	Map<String, DepartmentSummary> all() {
		return current(false).byCode();
	}

	private Snapshot current(boolean reload) {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (reload || current == null || current.loadedAt().plus(REFRESH).isBefore(now)) {
			var departments = directory.departments();
			current = new Snapshot(
					// in the directory's order, the government's usual order of its departments, for drop-downs
					departments.stream().collect(Collectors.toMap(DepartmentSummary::code, Function.identity(), (a, b) -> a,
							java.util.LinkedHashMap::new)),
					departments.stream().collect(Collectors.toMap(DepartmentSummary::id, Function.identity())), now);
			snapshot = current;
		}
		return current;
	}

	private record Snapshot(Map<String, DepartmentSummary> byCode, Map<Long, DepartmentSummary> byId, Instant loadedAt) {
	}

}

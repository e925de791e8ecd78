package org.chengxiang.directory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A department with the names documents use for it.
 */
@Table(schema = "directory", name = "department")
class Department {

	@Id
	private Long id;

	private String code;

	private String name;

	private String shortName;

	private DepartmentKind kind;

	private String divisionCode;

	private boolean active;

	/** Place in lists: the government's usual order of its departments. */
	private int sortOrder;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "department_id")
	private Set<DepartmentAlias> aliases = new LinkedHashSet<>();

	@PersistenceCreator
	Department(Long id, String code, String name, String shortName, DepartmentKind kind, String divisionCode,
			boolean active, int sortOrder, Integer version, Set<DepartmentAlias> aliases) {
		this.sortOrder = sortOrder;
		this.id = id;
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.divisionCode = divisionCode;
		this.active = active;
		this.version = version;
		this.aliases = aliases == null ? new LinkedHashSet<>() : new LinkedHashSet<>(aliases);
	}

	static Department create(String code, String name, String shortName, DepartmentKind kind, String divisionCode,
			Collection<String> aliases, int sortOrder) {
		Department department = new Department(null, code, name, shortName, kind, divisionCode, true, sortOrder, null,
				Set.of());
		department.describe(name, shortName, kind, divisionCode, aliases);
		return department;
	}

	/** Changes the names; the full and short names (and 市 + short name) are always aliases too. */
	void describe(String name, String shortName, DepartmentKind kind, String divisionCode,
			Collection<String> extraAliases) {
		this.name = name.strip();
		this.shortName = shortName.strip();
		this.kind = kind;
		this.divisionCode = (divisionCode == null || divisionCode.isBlank()) ? null : divisionCode.strip();
		LinkedHashSet<String> names = new LinkedHashSet<>();
		names.add(DepartmentNames.normalize(this.name));
		names.add(DepartmentNames.normalize(this.shortName));
		String shortForm = DepartmentNames.normalize(this.shortName);
		if (kind == DepartmentKind.BUREAU || kind == DepartmentKind.GOVERNMENT_OFFICE) {
			names.add(DepartmentNames.withCityPrefix(shortForm));
		}
		extraAliases.stream().map(DepartmentNames::normalize).filter(alias -> !alias.isEmpty()).forEach(names::add);
		this.aliases = names.stream().map(DepartmentAlias::new).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Moves the department to another place in lists. */
	void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	DepartmentSummary summary() {
		return new DepartmentSummary(id, code, name, shortName, kind, divisionCode, aliasNames(), sortOrder);
	}

	public List<String> aliasNames() {
		return aliases.stream().map(DepartmentAlias::alias).sorted().toList();
	}

	/** Aliases besides the ones derived from the names, for editing. */
	public List<String> extraAliases() {
		// a department whose short name is its full name derives the same alias twice
		Set<String> derived = new java.util.HashSet<>(List.of(DepartmentNames.normalize(name),
				DepartmentNames.normalize(shortName), DepartmentNames.withCityPrefix(shortName)));
		return aliases.stream().map(DepartmentAlias::alias).filter(alias -> !derived.contains(alias)).sorted().toList();
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public DepartmentKind getKind() {
		return kind;
	}

	public String getDivisionCode() {
		return divisionCode;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public boolean isActive() {
		return active;
	}

	public Integer getVersion() {
		return version;
	}

}

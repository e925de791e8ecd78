package org.chengxiang.services;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of service items: what each requires, who handles it and within how many working days.
 */
@Service
@Transactional(readOnly = true)
class Catalogue {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	Catalogue(JdbcClient jdbc, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/** Active items, optionally those whose name, category or department matches the query. */
	List<Item> search(String query) {
		String like = "%" + (query == null ? "" : query.strip()) + "%";
		return jdbc.sql("select * from services.item where active and (name like :q or category like :q) order by category, code")
			.param("q", like)
			.query((rs, n) -> item(rs))
			.list();
	}

	Optional<Item> find(String code) {
		return jdbc.sql("select * from services.item where code = :c").param("c", code).query((rs, n) -> item(rs)).optional();
	}

	/**
	 * The department handling an item, if the item is active: all a draft needs, in one query instead of the
	 * item with its materials and its department's names.
	 */
	Optional<Long> activeItemDepartment(String code) {
		return jdbc.sql("select department_id from services.item where code = :c and active")
			.param("c", code)
			.query(Long.class)
			.optional();
	}

	Item get(String code) {
		return find(code).orElseThrow(() -> new NoSuchRecord("item " + code));
	}

	@Transactional
	Item save(SaveItem command) {
		if (command.promisedDays() > command.legalDays()) {
			throw RuleBroken.at("promisedDays", "services.item.promisedOverLegal");
		}
		if (directory.department(command.departmentId()).isEmpty()) {
			throw RuleBroken.at("departmentId", "services.item.noSuchDepartment");
		}
		Optional<Item> before = find(command.code());
		jdbc.sql("""
				insert into services.item (code, name, department_id, category, legal_basis, conditions, instructions,
				    promised_days, legal_days, fee, online_level)
				values (:code, :name, :department, :category, :basis, :conditions, :instructions, :promised, :legal, :fee, :online)
				on conflict (code) do update set name = excluded.name, department_id = excluded.department_id,
				    category = excluded.category, legal_basis = excluded.legal_basis, conditions = excluded.conditions,
				    instructions = excluded.instructions, promised_days = excluded.promised_days,
				    legal_days = excluded.legal_days, fee = excluded.fee, online_level = excluded.online_level,
				    version = services.item.version + 1
				""")
			.param("code", command.code())
			.param("name", command.name().strip())
			.param("department", command.departmentId())
			.param("category", command.category().strip())
			.param("basis", command.legalBasis().strip())
			.param("conditions", command.conditions().strip())
			.param("instructions", command.instructions().strip())
			.param("promised", command.promisedDays())
			.param("legal", command.legalDays())
			// blank is free of charge, worded where it is shown
			.param("fee", command.fee() == null ? "" : command.fee().strip())
			.param("online", command.onlineLevel())
			.update();
		jdbc.sql("delete from services.item_material where item_code = :c").param("c", command.code()).update();
		int position = 0;
		for (SaveItem.Material material : command.materials()) {
			jdbc.sql("""
					insert into services.item_material (item_code, position, name, required, formats, max_bytes)
					values (:c, :p, :name, :required, :formats, :max)
					""")
				.param("c", command.code())
				.param("p", ++position)
				.param("name", material.name().strip())
				.param("required", material.required())
				.param("formats", material.formats() == null || material.formats().isBlank() ? "PDF,JPEG,PNG"
						: material.formats().toUpperCase())
				.param("max", material.maxBytes() == null ? 5 * 1024 * 1024 : material.maxBytes())
				.update();
		}
		Item after = get(command.code());
		audit.record(AuditEvent.of(before.isPresent() ? "item.updated" : "item.created", "service_item", command.code(),
				before.orElse(null), after));
		return after;
	}

	private Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
		String code = rs.getString("code");
		List<Item.Material> materials = jdbc.sql("select * from services.item_material where item_code = :c order by position")
			.param("c", code)
			.query((m, n) -> new Item.Material(m.getInt("position"), m.getString("name"), m.getBoolean("required"),
					List.of(m.getString("formats").split(",")), m.getInt("max_bytes")))
			.list();
		long department = rs.getLong("department_id");
		return new Item(code, rs.getString("name"), department,
				directory.department(department).map(d -> d.name()).orElse(""), rs.getString("category"),
				rs.getString("legal_basis"), rs.getString("conditions"), rs.getString("instructions"),
				rs.getInt("promised_days"), rs.getInt("legal_days"), rs.getString("fee"), rs.getString("online_level"),
				rs.getBoolean("active"), materials);
	}

	/**
	 * A service item as residents and clerks see it.
	 */
	record Item(String code, String name, long departmentId, String departmentName, String category,
			String legalBasis, String conditions, String instructions, int promisedDays, int legalDays, String fee,
			String onlineLevel, boolean active, List<Material> materials) {

		Optional<Material> material(int position) {
			return materials.stream().filter(m -> m.position() == position).findFirst();
		}

		/** A material the applicant supplies. */
		record Material(int position, String name, boolean required, List<String> formats, int maxBytes) {
		}

	}

	/** Creates or changes an item. */
	record SaveItem(
			@NotBlank(message = "{services.item.code.required}") @Pattern(regexp = "^[A-Z0-9_-]{2,40}$",
					message = "{services.item.code.pattern}") String code,
			@NotBlank(message = "{services.item.name.required}") @Size(max = 100) String name,
			@NotNull(message = "{services.item.department.required}") Long departmentId,
			@NotBlank(message = "{services.item.category.required}") @Size(max = 50) String category,
			@NotBlank(message = "{services.item.legalBasis.required}") String legalBasis,
			@NotBlank(message = "{services.item.conditions.required}") String conditions,
			@NotBlank(message = "{services.item.instructions.required}") String instructions,
			@NotNull(message = "{services.item.days.required}") @Min(value = 1, message = "{services.item.days.min}")
			@Max(value = 365, message = "{services.item.days.max}") Integer promisedDays,
			@NotNull(message = "{services.item.days.required}") @Min(value = 1, message = "{services.item.days.min}")
			@Max(value = 365, message = "{services.item.days.max}") Integer legalDays,
			@Size(max = 100) String fee,
			@NotNull @Pattern(regexp = "FULLY_ONLINE|AT_MOST_ONCE", message = "{services.item.onlineLevel}") String onlineLevel,
			@NotNull @Size(max = 30, message = "{services.item.materials.tooMany}") List<@Valid Material> materials) {

		/** A required or optional material. */
		record Material(@NotBlank(message = "{services.item.material.required}") @Size(max = 100) String name,
				boolean required, @Pattern(regexp = "^$|^(PDF|JPEG|PNG)(,(PDF|JPEG|PNG))*$",
						message = "{services.item.material.formats}") String formats,
				@Min(1024) @Max(20971520) Integer maxBytes) {
		}

	}

}

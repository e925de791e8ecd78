package org.chengxiang.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo directory for the embedded default only: the departments the reference plan names, the
 * city's divisions, generated grid cells and one user per role. Never runs on a configured
 * production database.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoDirectory implements ApplicationRunner {

	/** Documented in README as demo-only. */
	static final String DEMO_PASSWORD = "Chengxiang@2020";

	/** A checksum-valid, made-up ID number for the demo resident (born 1990-03-07 in 大石桥市). */
	static final String DEMO_RESIDENT_ID = "210882199003071516";

	private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

	private static final String DIVISIONS_SOURCE = "NBS 2021 统计用区划代码 (shared/data/dashiqiao-divisions.csv)";

	// centre of 大石桥市, for generated demo grid polygons
	private static final double CENTRE_LNG = 122.509;

	private static final double CENTRE_LAT = 40.644;

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final DepartmentCatalog catalog;

	private final Departments departments;

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final PersonalDataProtector protector;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDirectory(JdbcClient jdbc, Divisions divisions, DepartmentCatalog catalog, Departments departments, UserAccounts accounts,
			PasswordEncoder passwords, PersonalDataProtector protector, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.catalog = catalog;
		this.departments = departments;
		this.accounts = accounts;
		this.passwords = passwords;
		this.protector = protector;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from directory.division").query(Integer.class).single() == 0) {
				loadDivisions();
			}
			if (departments.count() == 0) {
				loadDepartments();
			}
			if (jdbc.sql("select count(*) from directory.grid_cell").query(Integer.class).single() == 0) {
				generateGrid();
			}
			if (accounts.count() == 0) {
				createUsers();
			}
		});
		log.info("Demo logins (embedded default only), password {} for all: admin, supervisor, drc, police, hrss, edu, "
				+ "health, zjj, operator, grid01, resident", DEMO_PASSWORD);
	}

	private void loadDivisions() {
		try (var reader = new InputStreamReader(new ClassPathResource("directory/dashiqiao-divisions.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			// The NBS urban–rural class is in no source we found; the demo assumes communities urban and
			// villages rural, and flags the assumption until an administrator confirms it.
			int count = divisions.importCsv(reader, DIVISIONS_SOURCE, row -> switch (row.level()) {
				case "community", "village_level_other" -> isUnderTown(row.parentCode()) ? "121" : "111";
				case "village" -> "220";
				default -> null;
			});
			log.info("Demo directory: {} divisions loaded", count);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isUnderTown(String parent) {
		// town-segment codes 100-199 are towns (镇); 001-099 subdistricts (街道)
		int segment = Integer.parseInt(parent.substring(6, 9));
		return segment >= 100 && segment < 200;
	}

	private void loadDepartments() {
		for (String[] row : csv("directory/departments.csv")) {
			List<String> aliases = row.length > 5 ? Arrays.asList(row[5].split("\\|")) : List.of();
			catalog.create(new SaveDepartment(row[0], row[1], row[2], DepartmentKind.valueOf(row[3]), row[4],
					String.join("、", aliases)));
		}
		log.info("Demo directory: {} departments loaded", departments.count());
	}

	private void generateGrid() {
		List<String[]> neighbourhoods = jdbc
			.sql("select code, name from directory.division where level in ('community','village','village_level_other') order by code")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		int columns = (int) Math.ceil(Math.sqrt(neighbourhoods.size()));
		double size = 0.012;
		for (int i = 0; i < neighbourhoods.size(); i++) {
			String[] division = neighbourhoods.get(i);
			double lng = CENTRE_LNG + (i % columns - columns / 2.0) * size;
			double lat = CENTRE_LAT + (i / columns - columns / 2.0) * size;
			jdbc.sql("""
					insert into directory.grid_cell (code, name, division_code, geojson, generated)
					values (:code, :name, :division, :geojson, true)
					""")
				.param("code", division[0] + "-01")
				.param("name", division[1] + "第一网格")
				.param("division", division[0])
				.param("geojson", square(lng, lat, size * 0.96))
				.update();
		}
		log.info("Demo directory: {} generated grid cells (demo shapes, not surveyed)", neighbourhoods.size());
	}

	private static String square(double lng, double lat, double size) {
		String[] corners = { point(lng, lat), point(lng + size, lat), point(lng + size, lat + size),
				point(lng, lat + size), point(lng, lat) };
		return "{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", corners) + "]]}";
	}

	private static String point(double lng, double lat) {
		return String.format(Locale.ROOT, "[%.6f,%.6f]", lng, lat);
	}

	private void createUsers() {
		String hash = passwords.encode(DEMO_PASSWORD);
		staff("admin", "系统管理员", Role.ADMIN, "GOV-OFFICE", hash);
		staff("supervisor", "王督查", Role.SUPERVISOR, "GOV-OFFICE", hash);
		staff("drc", "李局长", Role.DEPARTMENT_LEAD, "DRC", hash);
		staff("police", "张警官", Role.CLERK, "PSB", hash);
		staff("hrss", "刘科员", Role.CLERK, "HRSS", hash);
		staff("edu", "陈科员", Role.CLERK, "EDU", hash);
		staff("health", "赵科员", Role.CLERK, "HEALTH", hash);
		staff("zjj", "孙科员", Role.CLERK, "HURD", hash);
		staff("operator", "周值班员", Role.OPERATOR, "CITYOPS", hash);
		staff("grid01", "金桥街道 吴网格员", Role.GRID_OFFICER, "JINQIAO", hash);
		String phone = "13904170001";
		accounts.save(UserAccount.resident("resident", hash, "王小明",
				new UserAccount.Protected(protector.encrypt(DEMO_RESIDENT_ID), protector.blindIndex(DEMO_RESIDENT_ID)),
				new UserAccount.Protected(protector.encrypt(phone), protector.blindIndex(phone)), clock.instant()));
		log.info("Demo directory: demo users created");
	}

	private void staff(String username, String name, Role role, String departmentCode, String hash) {
		long department = departments.findByCode(departmentCode).orElseThrow().getId();
		accounts.save(UserAccount.staff(username, hash, name, role, department, null, clock.instant()));
	}

	private static List<String[]> csv(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(line.split(",", -1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}

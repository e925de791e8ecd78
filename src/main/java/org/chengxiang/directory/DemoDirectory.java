package org.chengxiang.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.DemoLogins;

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
class DemoDirectory implements ApplicationRunner, DemoLogins {

	/** Documented in README as demo-only. */
	static final String DEMO_PASSWORD = "Chengxiang@2020";

	/** A checksum-valid, made-up ID number for the demo resident (born 1990-03-07 in 大石桥市). */
	static final String DEMO_RESIDENT_ID = "210882199003071516";

	/** The demo staff, one per role (and one clerk per department that handles applications). */
	static final List<DemoStaff> STAFF = List.of(new DemoStaff("admin", "系统管理员", Role.ADMIN, "GOV-OFFICE"),
			new DemoStaff("supervisor", "王督查", Role.SUPERVISOR, "GOV-OFFICE"),
			new DemoStaff("drc", "李局长", Role.DEPARTMENT_LEAD, "DRC"),
			new DemoStaff("police", "张警官", Role.CLERK, "PSB"),
			new DemoStaff("hrss", "刘科员", Role.CLERK, "HRSS"),
			new DemoStaff("finance", "钱科员", Role.CLERK, "FIN"),
			new DemoStaff("edu", "陈科员", Role.CLERK, "EDU"),
			new DemoStaff("health", "赵科员", Role.CLERK, "HEALTH"),
			new DemoStaff("zjj", "孙科员", Role.CLERK, "HURD"),
			new DemoStaff("operator", "周值班员", Role.OPERATOR, "CITYOPS"),
			new DemoStaff("grid01", "金桥街道 吴网格员", Role.GRID_OFFICER, "JINQIAO"),
			new DemoStaff("school01", "郑老师", Role.PROVIDER, DemoProvider.SCHOOL.code()));

	/** The demo resident's login name. */
	static final String DEMO_RESIDENT = "resident";

	/**
	 * The demo migrant's login name: 李春梅, rural hukou of 盖州市 (another county), whose residence registration the
	 * residence module's demo writes.
	 */
	static final String DEMO_MIGRANT = "migrant";

	/** A checksum-valid, made-up ID number of 盖州市, born 1992-06-15, a woman (even 17th digit). */
	static final String DEMO_MIGRANT_ID = "210881199206152125";

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
			for (DemoProvider provider : DemoProvider.values()) {
				if (departments.findByCode(provider.code()).isEmpty()) {
					catalog.create(new SaveDepartment(provider.code(), provider.fullName(), provider.shortName(),
							DepartmentKind.TRAINING_PROVIDER, null, "", null));
				}
			}
			if (accounts.count() == 0) {
				createUsers();
			}
			else {
				// staff added to the demo after a demo database was first filled
				String hash = passwords.encode(DEMO_PASSWORD);
				STAFF.stream()
					.filter(staff -> !accounts.existsByUsername(staff.username()))
					.forEach(staff -> staff(staff.username(), staff.name(), staff.role(), staff.departmentCode(), hash));
			}
			if (!accounts.existsByUsername(DEMO_MIGRANT)) {
				createMigrant();
			}
		});
	}

	@Override
	public String password() {
		return DEMO_PASSWORD;
	}

	@Override
	public List<String> usernames() {
		List<String> usernames = new ArrayList<>(STAFF.stream().map(DemoStaff::username).toList());
		usernames.add(DEMO_RESIDENT);
		usernames.add(DEMO_MIGRANT);
		return usernames;
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
					String.join("、", aliases), row.length > 6 && !row[6].isBlank() ? Integer.valueOf(row[6]) : null));
		}
		log.info("Demo directory: {} departments loaded", departments.count());
	}

	/**
	 * One square cell per community or village, the cells of a township side by side in a block, the blocks
	 * packed in rows around the city's centre: cells share their edges, so a township's outline is where its
	 * cells meet no other cell of it.
	 */
	private void generateGrid() {
		Map<String, List<String[]>> byTownship = new LinkedHashMap<>();
		jdbc.sql("""
				select code, name, parent_code from directory.division
				where level in ('community','village','village_level_other') order by parent_code, code
				""")
			.query((rs, n) -> byTownship.computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
				.add(new String[] { rs.getString(1), rs.getString(2) }))
			.list();
		int total = byTownship.values().stream().mapToInt(List::size).sum();
		int width = (int) Math.ceil(Math.sqrt(total * 1.15));
		List<int[]> places = new ArrayList<>();
		int x = 0;
		int y = 0;
		int shelf = 0;
		for (List<String[]> neighbourhoods : byTownship.values()) {
			int columns = (int) Math.ceil(Math.sqrt(neighbourhoods.size()));
			int rows = (int) Math.ceil(neighbourhoods.size() / (double) columns);
			if (x + columns > width) {
				x = 0;
				y += shelf;
				shelf = 0;
			}
			for (int i = 0; i < neighbourhoods.size(); i++) {
				places.add(new int[] { x + i % columns, y + i / columns });
			}
			x += columns;
			shelf = Math.max(shelf, rows);
		}
		int height = y + shelf;
		double size = 0.012;
		int i = 0;
		for (List<String[]> neighbourhoods : byTownship.values()) {
			for (String[] division : neighbourhoods) {
				int[] place = places.get(i++);
				double lng = CENTRE_LNG + (place[0] - width / 2.0) * size;
				double lat = CENTRE_LAT + (height / 2.0 - place[1] - 1) * size;
				jdbc.sql("""
						insert into directory.grid_cell (code, name, division_code, geojson, generated)
						values (:code, :name, :division, :geojson, true)
						""")
					.param("code", division[0] + "-01")
					.param("name", division[1] + "第一网格")
					.param("division", division[0])
					.param("geojson", square(lng, lat, size))
					.update();
			}
		}
		log.info("Demo directory: {} generated grid cells (demo shapes, not surveyed)", total);
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
		STAFF.forEach(staff -> staff(staff.username(), staff.name(), staff.role(), staff.departmentCode(), hash));
		String phone = "13904170001";
		accounts.save(UserAccount.resident(DEMO_RESIDENT, hash, "王小明",
				new UserAccount.Protected(protector.encrypt(DEMO_RESIDENT_ID), protector.blindIndex(DEMO_RESIDENT_ID)),
				new UserAccount.Protected(protector.encrypt(phone), protector.blindIndex(phone)), clock.instant()));
		log.info("Demo directory: demo users created");
	}

	private void createMigrant() {
		String phone = "13904170013";
		accounts.save(UserAccount.resident(DEMO_MIGRANT, passwords.encode(DEMO_PASSWORD), "李春梅",
				new UserAccount.Protected(protector.encrypt(DEMO_MIGRANT_ID), protector.blindIndex(DEMO_MIGRANT_ID)),
				new UserAccount.Protected(protector.encrypt(phone), protector.blindIndex(phone)), clock.instant()));
	}

	private void staff(String username, String name, Role role, String departmentCode, String hash) {
		long department = departments.findByCode(departmentCode).orElseThrow().getId();
		accounts.save(UserAccount.staff(username, hash, name, role, department, null, clock.instant()));
	}

	/**
	 * The demo training providers (made-up names): a vocational training school, whose staff member is
	 * {@code school01}, and an enterprise training its own migrant workers. The training module's demo approves them.
	 */
	enum DemoProvider {

		SCHOOL("TP-DSQ-YG", "大石桥市阳光职业技能培训学校", "阳光职校"),
		ENTERPRISE("TP-DSQ-JQ", "大石桥市金桥镁质材料有限公司", "金桥镁材");

		private final String code;

		private final String fullName;

		private final String shortName;

		DemoProvider(String code, String fullName, String shortName) {
			this.code = code;
			this.fullName = fullName;
			this.shortName = shortName;
		}

		String code() {
			return code;
		}

		String fullName() {
			return fullName;
		}

		String shortName() {
			return shortName;
		}

	}

	/** A demo staff account. */
	record DemoStaff(String username, String name, Role role, String departmentCode) {
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

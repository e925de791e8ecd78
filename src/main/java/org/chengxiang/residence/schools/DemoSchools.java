package org.chengxiang.residence.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.CurrentUsers;
import org.chengxiang.services.ServiceCatalogue;
import org.chengxiang.services.ServiceCatalogue.NewItem;
import org.chengxiang.services.ServiceCatalogue.NewMaterial;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo school places for the embedded default only: the school place item in the catalogue, 10 schools and
 * kindergartens with catchment cells and places this year, and this year's round drawn with a published seed over
 * 80 children of migrant families (the demo resident's child among them, offered a place), so that the results,
 * the waiting lists, the offers and supply against demand have something to show.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoSchools implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSchools.class);

	private static final String[][] SCHOOLS = { { "金桥街道第一幼儿园", "KINDERGARTEN" }, { "铁西幼儿园", "KINDERGARTEN" },
			{ "团山街道中心幼儿园", "KINDERGARTEN" }, { "金桥小学", "PRIMARY" }, { "铁西小学", "PRIMARY" },
			{ "鼓楼小学", "PRIMARY" }, { "团山小学", "PRIMARY" }, { "西城实验小学", "PRIMARY" }, { "第一初级中学", "JUNIOR" },
			{ "第三初级中学", "JUNIOR" } };

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗";

	private static final String GIVEN = "子涵浩然一诺欣怡宇轩梓萱俊杰思雨子墨雨桐";

	/** The card data of the guardians' demo permits. */
	private static final String GUARDIAN_ADDRESS = "大石桥市铁西社区";

	private static final String AUTHORITY = "大石桥市公安局";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ServiceCatalogue catalogue;

	private final SchoolDesk schoolDesk;

	private final RoundDesk roundDesk;

	private final Schools schools;

	private final SchoolPlaceApplications applications;

	private final PersonalDataProtector protector;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoSchools(JdbcClient jdbc, Directory directory, SchoolDesk schoolDesk, RoundDesk roundDesk, Schools schools,
			SchoolPlaceApplications applications, PersonalDataProtector protector, TransactionTemplate transactions,
			Clock clock,
			ServiceCatalogue catalogue) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.catalogue = catalogue;
		this.schoolDesk = schoolDesk;
		this.roundDesk = roundDesk;
		this.schools = schools;
		this.applications = applications;
		this.protector = protector;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser edu = directory.user("edu").orElse(null);
		if (edu == null) {
			return;
		}
		transactions.executeWithoutResult(status -> catalogue());
		if (schools.count() > 0) {
			return;
		}
		int year = LocalDate.now(clock).getYear();
		CurrentUsers.runAs(edu, () -> {
			transactions.executeWithoutResult(status -> {
				List<Long> ids = schools(year);
				roundDesk.open(year, LocalDate.of(year, 6, 30), AllocationRound.defaultCutoff(year));
				children(year, ids);
			});
			transactions.executeWithoutResult(status -> roundDesk.publishSeed(year, 0, "chengxiang-" + year + "-demo"));
			transactions.executeWithoutResult(status -> roundDesk.draw(year, 1));
			return null;
		});
		log.info("Demo schools: 10 schools, the {} round drawn over 80 applications", year);
	}

	private void catalogue() {
		directory.departmentByName(EducationBureau.NAME)
			.ifPresent(education -> catalogue.enterIfMissing(new NewItem(SchoolPlaceHandler.ITEM_CODE, "随迁子女入学入园申请",
					education.id(), "教育", "《居住证暂行条例》第十二条；《中华人民共和国义务教育法》",
					"监护人在本市持有效居住证或具有本地户籍，子女年龄符合所申请年级的要求（以当年 8 月 31 日计）。",
					"一、每名子女每年申请一次，选择一所学校；\n二、学位按学区、居住年限、同胞在校、公开种子电脑派位依次分配；\n三、录取结果公布后请在“子女入学入园”中确认或放弃学位。",
					20, 30, "不收费", true, List.of(new NewMaterial("子女出生医学证明或户口簿", false)))));
	}

	private List<Long> schools(int year) {
		List<GridCellSummary> cells = directory.gridCells();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < SCHOOLS.length; i++) {
			Set<Long> catchment = new LinkedHashSet<>();
			for (int c = i; c < cells.size(); c += SCHOOLS.length) {
				catchment.add(cells.get(c).id());
			}
			if (catchment.isEmpty()) {
				catchment.add(cells.get(i % cells.size()).id());
			}
			GridCellSummary first = cells.get(i % cells.size());
			SchoolKind kind = SchoolKind.valueOf(SCHOOLS[i][1]);
			long id = schoolDesk.open(SCHOOLS[i][0], kind, first.divisionCode(), catchment);
			int version = 0;
			for (String grade : grades(kind)) {
				schoolDesk.offer(id, version++, year, grade, 4 + (i % 3) * 2);
			}
			ids.add(id);
		}
		return ids;
	}

	private static List<String> grades(SchoolKind kind) {
		return switch (kind) {
			case KINDERGARTEN -> List.of("K1", "K2", "K3");
			case PRIMARY -> List.of("P1");
			case JUNIOR -> List.of("J1");
		};
	}

	/** 80 children of migrant families, each guardian with a permit or not; the demo resident's child first. */
	private void children(int year, List<Long> schoolIds) {
		Random random = new Random(year);
		List<GridCellSummary> cells = directory.gridCells();
		CurrentUser resident = directory.user("resident").orElse(null);
		for (int i = 0; i < 80; i++) {
			long schoolId = schoolIds.get(i % schoolIds.size());
			School school = schools.findById(schoolId).orElseThrow();
			List<String> grades = grades(school.kind());
			String grade = grades.get(random.nextInt(grades.size()));
			int age = switch (grade) {
				case "K1" -> 3;
				case "K2" -> 4;
				case "K3" -> 5;
				case "P1" -> 6;
				default -> 12;
			};
			LocalDate birth = LocalDate.of(year - age, 1 + random.nextInt(8), 1 + random.nextInt(28));
			String childId = idNumber("230102", birth, 100 + i);
			String guardianId;
			long guardianUser;
			if (i == 0 && resident != null) {
				var identity = directory.resident(resident.id()).orElseThrow();
				guardianId = identity.idNumber();
				guardianUser = resident.id();
			}
			else {
				guardianId = idNumber("230102", LocalDate.of(1985 + random.nextInt(10), 3, 1 + random.nextInt(28)), 500 + i);
				guardianUser = 0;
			}
			PersonKey guardian = protector.personKey(guardianId);
			char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
			String name = "" + surname + GIVEN.charAt(random.nextInt(GIVEN.length()))
					+ GIVEN.charAt(random.nextInt(GIVEN.length()));
			if (i == 0 || random.nextInt(10) > 0) {
				// numbered as the police number permits, from a serial the police's own count does not reach
				permit("210882" + (year - 1) + String.format("%06d", 900_000 + i), guardian, guardianId,
						surname + GIVEN.substring(2 * (i % 8), 2 * (i % 8) + 2), LocalDate.of(year - 1, 3, 1),
						LocalDate.of(year + 1, 2, 28));
			}
			boolean home = random.nextBoolean();
			long cell = home ? school.gridCells().iterator().next() : cells.get(random.nextInt(cells.size())).id();
			applications.save(SchoolPlaceApplication.applied(-(1000L + i), "DEMO-" + year + "-" + (1000 + i), guardianUser,
					guardian.bytes(), protector.personKey(childId).bytes(), protector.encrypt(name),
					protector.encrypt(childId), year, grade, schoolId, cell,
					LocalDate.of(year - 1 - random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
					random.nextInt(8) == 0));
		}
	}

	private void permit(String number, PersonKey person, String idNumber, String holder, LocalDate from, LocalDate until) {
		jdbc.sql("""
				insert into residence.permit (permit_number, person_key, status, issued_on, valid_from, valid_until,
					holder_name, sex, id_number_enc, address, issuing_authority, applicant_user_id)
				values (:number, :key, 'VALID', :from, :from, :until, :name, :sex, :id, :address, :authority, 0)
				""")
			.param("number", number)
			.param("key", person.bytes())
			.param("name", holder)
			.param("sex", (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F")
			.param("id", protector.encrypt(idNumber))
			.param("address", GUARDIAN_ADDRESS)
			.param("authority", AUTHORITY)
			.param("from", from)
			.param("until", until)
			.update();
	}

	/** A valid resident ID number of the region, birth date and sequence. */
	static String idNumber(String region, LocalDate birth, int sequence) {
		String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}

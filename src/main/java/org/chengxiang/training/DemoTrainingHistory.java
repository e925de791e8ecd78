package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PlaceChoices;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's 2025: five classes filed before they opened, closed with every trainee certified, claimed, reviewed,
 * approved and paid in one confirmed batch, written with SQL into the tables the other parts of the module keep.
 * Names, ID numbers and certificate numbers are made up (the ID numbers checksum-valid); the demo migrant is on the
 * first class. Called by {@link DemoTraining} within its transaction.
 */
@Component
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoTrainingHistory {

	private static final int YEAR = 2025;

	private static final String MIGRANT = "migrant";

	private static final String MIGRANT_ID = "210881199206152125";

	/** The demo resident 王小明, whom no roster holds. */
	private static final String RESIDENT_ID = "210882199003071516";

	private static final String ENTERPRISE_STAFF = "jinqiao01";

	private static final List<DemoClass> CLASSES = List.of(
			new DemoClass("养老护理员（初级）2025 年第 1 期", true, "4-10-01-05", SkillLevel.JUNIOR, TrainingType.PRE_JOB, 80,
					30, LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 4, 18), 0, "王丽华",
					List.of("李春梅", "张秀英", "刘桂芳", "陈淑珍", "杨玉兰", "赵凤霞")),
			new DemoClass("中式烹调师（初级）岗位技能提升班", true, "4-03-02-01", SkillLevel.JUNIOR, TrainingType.UPGRADING, 80, 25,
					LocalDate.of(YEAR, 5, 12), LocalDate.of(YEAR, 6, 20), 1, "高建国",
					List.of("王建军", "李志刚", "孙海涛", "周红梅", "吴德明")),
			new DemoClass("焊工（中级）新型学徒制 2025 级", false, "6-18-02-04", SkillLevel.INTERMEDIATE,
					TrainingType.APPRENTICESHIP, 500, 20, LocalDate.of(YEAR, 3, 3), LocalDate.of(YEAR, 10, 31), 2, "马振东",
					List.of("郑小龙", "冯国强", "褚卫东", "卫建平", "蒋立新")),
			new DemoClass("镁质耐火材料成型操作岗前培训", false, "S-LN-004", SkillLevel.SPECIAL, TrainingType.PRE_JOB, 40, 30,
					LocalDate.of(YEAR, 7, 7), LocalDate.of(YEAR, 7, 18), 2, "韩永胜",
					List.of("沈春来", "韩小燕", "杨树林", "朱玉珍", "秦长海", "尤丽娟")),
			new DemoClass("家政服务员（初级）2025 年第 2 期", true, "4-10-01-06", SkillLevel.JUNIOR, TrainingType.PRE_JOB, 80, 30,
					LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 10, 10), 3, "王丽华",
					List.of("许桂兰", "何秀云", "吕春燕", "施美华", "张淑芬")));

	/** Counties of Liaoning and beyond that the made-up trainees' ID numbers come from. */
	private static final List<String> REGIONS = List.of("210881", "211021", "210882", "220323", "211381", "230125");

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final Directory directory;

	private final Clock clock;

	DemoTrainingHistory(JdbcClient jdbc, PersonalDataProtector protector, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.directory = directory;
		this.clock = clock;
	}

	/** Writes the history of the two providers' 2025. */
	void write(long school, long enterprise) {
		PlaceChoices places = directory.placeChoices();
		String migrantId = directory.user(MIGRANT)
			.flatMap(user -> directory.resident(user.id()))
			.map(identity -> identity.idNumber())
			.orElse(MIGRANT_ID);
		long batch = jdbc.sql("""
				insert into training.disbursement_batch (number, status, created_at, created_by, sent_at, confirmed_at,
				    confirmed_by, voucher, total, paid_total)
				values ('PXBF2025-01', 'CONFIRMED', :created, 'finance', :sent, :confirmed, 'finance',
				    'GKZF210882202512100037', 0, 0)
				returning id
				""")
			.param("created", at(LocalDate.of(YEAR, 12, 1), 9))
			.param("sent", at(LocalDate.of(YEAR, 12, 3), 10))
			.param("confirmed", at(LocalDate.of(YEAR, 12, 10), 15))
			.query(Long.class)
			.single();
		int person = 0;
		BigDecimal total = BigDecimal.ZERO;
		for (int c = 0; c < CLASSES.size(); c++) {
			DemoClass demo = CLASSES.get(c);
			long provider = demo.school() ? school : enterprise;
			String staff = demo.school() ? "school01" : ENTERPRISE_STAFF;
			PlaceChoices.Place place = placeOf(places, demo.town());
			long classId = jdbc.sql("""
					insert into training.training_class (provider_id, name, occupation_code, level, training_type, hours,
					    capacity, starts_on, ends_on, division_code, place, teacher, filed_at, filed_by, status, closed_on)
					values (:provider, :name, :occupation, :level, :type, :hours, :capacity, :starts, :ends, :division,
					    :place, :teacher, :filed, :by, 'CLOSED', :closed)
					returning id
					""")
				.param("provider", provider).param("name", demo.name()).param("occupation", demo.occupation())
				.param("level", demo.level().name()).param("type", demo.type().name()).param("hours", demo.hours())
				.param("capacity", demo.capacity()).param("starts", demo.starts()).param("ends", demo.ends())
				.param("division", place.code())
				.param("place", place.name() + (demo.school() ? "职业技能培训教室" : "企业实训车间"))
				.param("teacher", demo.teacher()).param("filed", at(demo.starts().minusDays(10), 9))
				.param("by", staff).param("closed", demo.ends().plusDays(14))
				.query(Long.class)
				.single();
			List<Long> sessions = sessions(classId, demo);
			BigDecimal amount = jdbc.sql("""
					select amount from training.subsidy_standard where year = :year and training_type = :type and level = :level
					""").param("year", YEAR).param("type", demo.type().name()).param("level", demo.level().name())
				.query(BigDecimal.class).single();
			int minHours = jdbc.sql("""
					select min_hours from training.subsidy_standard where year = :year and training_type = :type and level = :level
					""").param("year", YEAR).param("type", demo.type().name()).param("level", demo.level().name())
				.query(Integer.class).single();
			LocalDate submitted = demo.ends().plusDays(20);
			long claim = jdbc.sql("""
					insert into training.claim (number, class_id, provider_id, status, submitted_at, submitted_by,
					    reviewed_at, reviewed_by, decided_at, decided_by, rule_year, yearly_cap, attendance_share,
					    standard_amount, min_hours)
					values (:number, :class, :provider, 'PAID', :submitted, :by, :reviewed, 'hrss', :decided, 'finance',
					    :year, 3, 0.800, :amount, :minHours)
					returning id
					""")
				.param("number", "PXBT%d-%04d".formatted(YEAR, c + 1)).param("class", classId)
				.param("provider", provider).param("submitted", at(submitted, 10)).param("by", staff)
				.param("reviewed", at(submitted.plusDays(5), 11)).param("decided", at(submitted.plusDays(10), 16))
				.param("year", YEAR).param("amount", amount).param("minHours", minHours)
				.query(Long.class)
				.single();
			for (int seat = 1; seat <= demo.trainees().size(); seat++) {
				String name = demo.trainees().get(seat - 1);
				String idNumber = c == 0 && seat == 1 ? migrantId : idNumber(person++);
				long enrolment = enrol(classId, seat, name, idNumber, demo, c);
				for (int s = 0; s < sessions.size(); s++) {
					// one trainee of each class misses a session: still far above the share required
					boolean present = !(seat == 3 && s == 2);
					jdbc.sql("insert into training.attendance (session_id, enrolment_id, present) values (:s, :e, :p)")
						.param("s", sessions.get(s)).param("e", enrolment).param("p", present).update();
				}
				long line = jdbc.sql("""
						insert into training.claim_line (claim_id, enrolment_id, status, amount)
						values (:claim, :enrolment, 'GRANTED', :amount) returning id
						""").param("claim", claim).param("enrolment", enrolment).param("amount", amount)
					.query(Long.class).single();
				jdbc.sql("""
						insert into training.subsidised (person_key, occupation_code, level, year, claim_line_id)
						values (:key, :occupation, :level, :year, :line)
						""").param("key", protector.personKey(idNumber).bytes()).param("occupation", demo.occupation())
					.param("level", demo.level().name()).param("year", YEAR).param("line", line).update();
			}
			BigDecimal claimed = amount.multiply(BigDecimal.valueOf(demo.trainees().size()));
			jdbc.sql("""
					insert into training.disbursement (batch_id, claim_id, provider_id, amount, paid)
					values (:batch, :claim, :provider, :amount, :amount)
					""").param("batch", batch).param("claim", claim).param("provider", provider).param("amount", claimed)
				.update();
			total = total.add(claimed);
		}
		jdbc.sql("update training.disbursement_batch set total = :total, paid_total = :total where id = :id")
			.param("total", total).param("id", batch).update();
	}

	/** Sessions of eight hours (ten for an apprenticeship) on working days from the first day. */
	private List<Long> sessions(long classId, DemoClass demo) {
		int hours = demo.type() == TrainingType.APPRENTICESHIP ? 10 : 8;
		List<Long> ids = new java.util.ArrayList<>();
		LocalDate day = demo.starts();
		for (int n = 1; n <= demo.hours() / hours; n++) {
			while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				day = day.plusDays(1);
			}
			ids.add(jdbc.sql("""
					insert into training.session (class_id, held_on, hours, topic) values (:class, :day, :hours, :topic)
					returning id
					""").param("class", classId).param("day", day).param("hours", hours).param("topic", "第 " + n + " 课")
				.query(Long.class).single());
			day = day.plusDays(1);
		}
		return ids;
	}

	private long enrol(long classId, int seat, String name, String idNumber, DemoClass demo, int classIndex) {
		byte[] key = protector.personKey(idNumber).bytes();
		Long trainee = jdbc.sql("select id from training.trainee where person_key = :key").param("key", key)
			.query(Long.class).optional().orElse(null);
		if (trainee == null) {
			trainee = jdbc.sql("""
					insert into training.trainee (person_key, id_number_enc, name, hukou_kind)
					values (:key, :id, :name, 'RURAL') returning id
					""").param("key", key).param("id", protector.encrypt(idNumber)).param("name", name)
				.query(Long.class).single();
		}
		CertificateKind kind = demo.level().certificate();
		String number = (kind == CertificateKind.SPECIAL_ABILITY ? "ZX" : "S") + "210882%d%02d%03d".formatted(YEAR,
				classIndex + 1, seat);
		return jdbc.sql("""
				insert into training.enrolment (class_id, trainee_id, seat, migrant_worker, exam_result, certificate_kind,
				    certificate_number, certified_on)
				values (:class, :trainee, :seat, true, 'PASSED', :kind, :number, :certified) returning id
				""").param("class", classId).param("trainee", trainee).param("seat", seat).param("kind", kind.name())
			.param("number", number).param("certified", demo.ends().plusDays(14))
			.query(Long.class).single();
	}

	/** The n-th made-up trainee's ID number: born 1975–2003, checksum-valid, never the demo resident's. */
	private static String idNumber(int n) {
		LocalDate born = LocalDate.of(1975 + (n * 7) % 29, 1 + (n * 5) % 12, 1 + (n * 11) % 28);
		String first = REGIONS.get(n % REGIONS.size()) + born.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "%03d".formatted(100 + n * 3);
		String id = first + checkCharacter(first);
		return id.equals(RESIDENT_ID) ? idNumber(n + 100) : id;
	}

	/** GB 11643's check character of the first seventeen digits. */
	private static char checkCharacter(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	/** The first community or village of the n-th town that has any (the last town when there are fewer). */
	private static PlaceChoices.Place placeOf(PlaceChoices choices, int town) {
		List<PlaceChoices.Town> towns = choices.towns().stream().filter(t -> !t.places().isEmpty()).toList();
		return towns.get(Math.min(town, towns.size() - 1)).places().get(0);
	}

	private OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(clock.getZone()).toOffsetDateTime();
	}

	/** A class of the demo's history and the names on its roster. */
	private record DemoClass(String name, boolean school, String occupation, SkillLevel level, TrainingType type,
			int hours, int capacity, LocalDate starts, LocalDate ends, int town, String teacher, List<String> trainees) {
	}

}

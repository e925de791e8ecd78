package org.chengxiang.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.ResidentIdentity;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The counter of the one-stop service: residents draft, complete and submit applications; clerks of the
 * item's department accept, review, ask for corrections and decide. Every step is checked by the
 * application itself, recorded on its timeline and in the audit trail, and told to the applicant.
 */
@Service
@Transactional
class ApplicationDesk implements ServiceApplications {

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

	static final int MAX_OPINION = 2000;

	private final Applications applications;

	private final Catalogue catalogue;

	private final MaterialStore materials;

	private final Directory directory;

	private final PersonalDataProtector protector;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final ServicesProperties properties;

	private final Map<String, ServiceItemHandler> handlers;

	private final RatingFollowUps followUps;

	private final Clock clock;

	private final MessageSource messages;

	private final ApplicationIdentifiers identifiers;

	ApplicationDesk(Applications applications, Catalogue catalogue, MaterialStore materials, Directory directory,
			PersonalDataProtector protector, WorkingDayCalendar calendar, AuditTrail audit,
			ApplicationEventPublisher events, Notifications notifications, JdbcClient jdbc,
			ServicesProperties properties, List<ServiceItemHandler> handlers, RatingFollowUps followUps, Clock clock,
			MessageSource messages, ApplicationIdentifiers identifiers) {
		this.messages = messages;
		this.identifiers = identifiers;
		this.followUps = followUps;
		this.applications = applications;
		this.catalogue = catalogue;
		this.materials = materials;
		this.directory = directory;
		this.protector = protector;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.properties = properties;
		this.handlers = handlers.stream().collect(Collectors.toMap(ServiceItemHandler::itemCode, Function.identity()));
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** A resident starts an application (a draft) with the item's form. */
	long draft(String itemCode, String typedForm, CurrentUser user) {
		requireResident(user);
		String formJson = identifiers.normalised(typedForm);
		long department = catalogue.activeItemDepartment(itemCode)
			.orElseThrow(() -> new RuleBroken("itemCode", "事项不存在或已停办 / no such service item"));
		openApplication(user, itemCode).ifPresent(open -> {
			throw new RuleBroken("itemCode", text("services.open.already", open.number()));
		});
		ResidentIdentity identity = directory.resident(user.id())
			.orElseThrow(() -> new AccessDeniedException("residents with a registered ID number apply"));
		validate(itemCode, formJson, identity);
		String number = nextNumber();
		String idNumber = PersonalDataProtector.normalizeIdNumber(identity.idNumber());
		long id = jdbc.sql("""
				insert into services.application (number, item_code, department_id, applicant_user_id, applicant_name,
				    applicant_id_enc, applicant_id_idx, form_enc, online, status, created_at)
				values (:number, :item, :department, :user, :name, :idEnc, :idIdx, :form, true, 'DRAFT', :at) returning id
				""")
			.param("number", number)
			.param("item", itemCode)
			.param("department", department)
			.param("user", user.id())
			.param("name", identity.name())
			.param("idEnc", protector.encrypt(idNumber))
			.param("idIdx", protector.blindIndex(idNumber))
			.param("form", protector.encrypt(formJson))
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		identifiers.index(id, formJson);
		step(id, user, "draft", null, ApplicationStatus.DRAFT, null);
		audit.record(AuditEvent.of("application.drafted", "application", number, null,
				Map.of("item", itemCode, "status", "DRAFT")));
		return id;
	}

	/**
	 * The resident's application of the item still in progress (a draft included), if any: one item is applied for
	 * once at a time.
	 */
	@Transactional(readOnly = true)
	Optional<OpenApplication> openApplication(CurrentUser user, String itemCode) {
		if (user == null || user.role() != Role.RESIDENT) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, number, status from services.application where applicant_user_id = :u and item_code = :i
				and status in ('DRAFT','SUBMITTED','ACCEPTED','UNDER_REVIEW','CORRECTION_REQUESTED','RESUBMITTED')
				order by id desc limit 1
				""")
			.param("u", user.id())
			.param("i", itemCode)
			.query((rs, n) -> new OpenApplication(rs.getLong(1), rs.getString(2),
					ApplicationStatus.valueOf(rs.getString(3))))
			.optional();
	}

	/** An application of an item that is still in progress. */
	record OpenApplication(long id, String number, ApplicationStatus status) {
	}

	/** The applicant changes the form while drafting or correcting. */
	void updateForm(long id, String typedForm, CurrentUser user) {
		Application application = ownApplication(id, user);
		String formJson = identifiers.normalised(typedForm);
		if (application.status() != ApplicationStatus.DRAFT
				&& application.status() != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new StepRefused("只有草稿或补正中的申请可以修改 / only drafts and corrections can be changed");
		}
		validate(application.itemCode(), formJson, identity(application));
		jdbc.sql("update services.application set form_enc = :form, version = version + 1 where id = :id")
			.param("form", protector.encrypt(formJson))
			.param("id", id)
			.update();
		identifiers.index(id, formJson);
		step(id, user, "form-updated", application.status(), application.status(), null);
	}

	/** Attaches (or replaces) the material at a position of the item's list; type by content, size limited. */
	void attach(long id, int position, MultipartFile file, CurrentUser user) {
		Application application = ownApplication(id, user);
		if (application.status() != ApplicationStatus.DRAFT
				&& application.status() != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new StepRefused("只有草稿或补正中的申请可以上传材料 / materials are added to drafts and corrections");
		}
		Catalogue.Item.Material material = catalogue.get(application.itemCode())
			.material(position)
			.orElseThrow(() -> new RuleBroken("position", "该事项没有这项材料 / no such material for the item"));
		if (file == null || file.isEmpty()) {
			throw new RuleBroken("file", "请选择文件 / a file is required");
		}
		if (file.getSize() > material.maxBytes()) {
			throw new RuleBroken("file", "文件超过 " + material.maxBytes() / 1024 / 1024 + " MB / file larger than "
					+ material.maxBytes() + " bytes");
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = FileTypes.detect(content)
			.map(Enum::name)
			.filter(material.formats()::contains)
			.orElseThrow(() -> new RuleBroken("file", "文件内容不是 " + String.join("、", material.formats())
					+ " / the content is not " + String.join(", ", material.formats())));
		// the replaced file goes once the replacement is committed, so that replacing cannot fill the disk
		jdbc.sql("delete from services.application_material where application_id = :id and position = :p "
				+ "returning storage_path")
			.param("id", id)
			.param("p", position)
			.query(String.class)
			.optional()
			.ifPresent(materials::deleteAfterCommit);
		String name = file.getOriginalFilename() == null ? material.name() : file.getOriginalFilename();
		jdbc.sql("""
				insert into services.application_material (application_id, position, filename, content_type, size_bytes,
				    sha256, storage_path, uploaded_at)
				values (:id, :p, :name, :type, :size, :sha, :path, :at)
				""")
			.param("id", id)
			.param("p", position)
			.param("name", name.length() > 200 ? name.substring(name.length() - 200) : name)
			.param("type", type)
			.param("size", content.length)
			.param("sha", MaterialStore.sha256(content))
			.param("path", materials.store(content))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		step(id, user, "material", application.status(), application.status(), material.name());
	}

	void submit(long id, CurrentUser user) {
		Application application = ownApplication(id, user);
		requireMaterials(application);
		validate(application.itemCode(), form(id), identity(application));
		application.submit(clock.instant());
		save(application, user, "submit", ApplicationStatus.DRAFT, null);
		notifications.tell(application.applicantUserId(), id,
				"您的申请 " + application.number() + " 已提交，等待受理。");
		events.publishEvent(new ApplicationSubmitted(id, application.number(), application.itemCode(),
				application.online(), application.submittedAt()));
	}

	void accept(long id, CurrentUser clerk) {
		Application application = departmentApplication(id, clerk);
		LocalDate today = today();
		int promised = catalogue.get(application.itemCode()).promisedDays();
		application.accept(today, deadline(today, promised, 0), clerk.getUsername());
		save(application, clerk, "accept", ApplicationStatus.SUBMITTED, "承诺办结期限 " + application.deadline());
		notifications.tell(application.applicantUserId(), id,
				"您的申请 " + application.number() + " 已受理，承诺于 " + application.deadline() + " 前办结。");
	}

	void refuseAcceptance(long id, String reason, CurrentUser clerk) {
		Application application = departmentApplication(id, clerk);
		application.refuseAcceptance(reason, clock.instant());
		save(application, clerk, "refuse", ApplicationStatus.SUBMITTED, reason);
		notifications.tell(application.applicantUserId(), id,
				"您的申请 " + application.number() + " 不予受理：" + reason);
	}

	void startReview(long id, CurrentUser clerk) {
		Application application = departmentApplication(id, clerk);
		ApplicationStatus before = application.status();
		application.startReview(clerk.getUsername());
		save(application, clerk, "review", before, null);
	}

	/** 一次性告知: one notice listing everything that is missing; the clock stops until resubmission. */
	void requestCorrection(long id, List<String> missing, String note, CurrentUser clerk) {
		List<String> items = missing == null ? List.of()
				: missing.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
		if (items.isEmpty()) {
			throw new RuleBroken("missing", "请一次性列明需补正的全部内容 / list everything that is missing");
		}
		Application application = departmentApplication(id, clerk);
		ApplicationStatus before = application.status();
		application.requestCorrection(today());
		jdbc.sql("""
				insert into services.correction (application_id, requested_at, requested_by, missing, note)
				values (:id, :at, :by, :missing, :note)
				""")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", clerk.getUsername())
			.param("missing", String.join("\n", items))
			.param("note", note)
			.update();
		save(application, clerk, "correction", before, String.join("；", items));
		notifications.tell(application.applicantUserId(), id, "您的申请 " + application.number() + " 需要补正："
				+ String.join("；", items) + "。补正期间办理时限暂停计算。");
	}

	void resubmit(long id, CurrentUser user) {
		Application application = ownApplication(id, user);
		if (application.status() != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new StepRefused("没有待补正的内容 / nothing to correct");
		}
		requireMaterials(application);
		// the rules of the day, as at submission: a rule changed while the applicant corrected applies now
		validate(application.itemCode(), form(id), identity(application));
		LocalDate today = today();
		int paused = Math.max(0, calendar.workingDaysBetween(application.pausedOn(), today));
		int promised = catalogue.get(application.itemCode()).promisedDays();
		application.resubmit(paused, deadline(application.acceptedOn(), promised, application.pausedWorkingDays() + paused));
		jdbc.sql("update services.correction set resolved_at = :at where application_id = :id and resolved_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		save(application, user, "resubmit", ApplicationStatus.CORRECTION_REQUESTED, "新的办结期限 " + application.deadline());
	}

	/**
	 * 准予办结. Eligibility is decided now: every rule of the item runs again on the form, and a rule that refuses
	 * refuses the approval, saying which rule, before anything is written.
	 */
	void approve(long id, String opinion, CurrentUser clerk) {
		Application application = departmentApplication(id, clerk);
		ApplicationStatus before = application.status();
		if (opinion != null && opinion.strip().length() > MAX_OPINION) {
			throw new RuleBroken("opinion", text("services.approve.opinionTooLong", MAX_OPINION));
		}
		try {
			validate(application.itemCode(), form(id), identity(application));
		}
		catch (RuleBroken ex) {
			throw new RuleBroken(ex.problems()
				.stream()
				.map(p -> new RuleBroken.Problem(p.field(), text("services.approve.refusedByRule", p.message())))
				.toList());
		}
		application.approve(clock.instant(), workingDaysSoFar(application), opinion);
		save(application, clerk, "approve", before, application.decisionOpinion());
		notifications.tell(application.applicantUserId(), id, "您的申请 " + application.number() + " 已办结（准予）。");
		decided(application);
	}

	void reject(long id, String reason, String basis, CurrentUser clerk) {
		Application application = departmentApplication(id, clerk);
		ApplicationStatus before = application.status();
		application.reject(reason, basis, clock.instant(), workingDaysSoFar(application));
		save(application, clerk, "reject", before, reason);
		notifications.tell(application.applicantUserId(), id,
				"您的申请 " + application.number() + " 不予许可：" + reason + "（依据：" + basis + "）");
		decided(application);
	}

	void withdraw(long id, CurrentUser user) {
		Application application = ownApplication(id, user);
		ApplicationStatus before = application.status();
		application.withdraw(clock.instant());
		save(application, user, "withdraw", before, null);
	}

	/** 好差评, from 1 非常不满意 to 5 非常满意; nothing is assumed when nothing is chosen. */
	void rate(long id, Integer level, String comment, CurrentUser user) {
		Application application = ownApplication(id, user);
		if (level == null) {
			throw new RuleBroken("rating", text("services.rating.required"));
		}
		if (level < 1 || level > 5) {
			throw new RuleBroken("rating", text("services.rating.outOfScale"));
		}
		application.rate(level, comment);
		// the timeline shows the level in words from the application; the step keeps the comment
		save(application, user, "rate", application.status(), application.ratingComment());
		followUps.rated(application.id(), application.departmentId(), level);
	}

	/**
	 * 差评整改: staff of the department record how they called the applicant back and what they put right; the
	 * applicant is told, and the application's timeline and the audit trail show it.
	 */
	void followUp(long id, String contactNote, String measures, CurrentUser staff) {
		Application application = departmentApplication(id, staff);
		followUps.close(id, contactNote, measures, staff);
		String done = measures.strip();
		step(id, staff, "rating-follow-up", application.status(), application.status(), done);
		audit.record(AuditEvent.of("application.rating-follow-up", "application", application.number(), null,
				Map.of("rating", application.rating(), "measures", done)));
		notifications.tell(application.applicantUserId(), id,
				"您对办件 " + application.number() + " 的评价已回访，整改情况：" + done);
	}

	/** A clerk passes the application to a colleague of the same department. */
	void handOver(long id, String colleague, CurrentUser clerk) {
		Application application = departmentApplication(id, clerk);
		if (colleague == null || !directory.isStaffOf(colleague, application.departmentId())) {
			throw new RuleBroken("colleague", "只能转交本部门工作人员 / hand over to staff of the same department");
		}
		application.handOver(colleague);
		// the timeline names the colleague as people know them
		save(application, clerk, "hand-over", application.status(),
				directory.names(List.of(colleague)).get(colleague).displayName());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SubmittedForm> submittedForm(long applicationId, String itemCode) {
		return applications.find(applicationId)
			.filter(a -> a.itemCode().equals(itemCode))
			.map(a -> new SubmittedForm(a.id(), a.number(), identity(a), form(a.id())));
	}

	String form(long id) {
		return protector.decrypt(jdbc.sql("select form_enc from services.application where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single());
	}

	private ServiceItemHandler.Applicant identity(Application application) {
		var row = jdbc.sql("select applicant_name, applicant_id_enc from services.application where id = :id")
			.param("id", application.id())
			.query((rs, n) -> new ServiceItemHandler.Applicant(application.applicantUserId(), rs.getString(1),
					protector.decrypt(rs.getBytes(2))))
			.single();
		return row;
	}

	private void validate(String itemCode, String formJson, ResidentIdentity identity) {
		validate(itemCode, formJson, new ServiceItemHandler.Applicant(identity.userId(), identity.name(), identity.idNumber()));
	}

	private void validate(String itemCode, String formJson, ServiceItemHandler.Applicant applicant) {
		if (formJson == null || formJson.isBlank() || !formJson.strip().startsWith("{")) {
			throw new RuleBroken("form", "申请表须为 JSON 对象 / the form must be a JSON object");
		}
		ServiceItemHandler handler = handlers.get(itemCode);
		if (handler != null) {
			var problems = handler.validate(formJson, applicant);
			if (!problems.isEmpty()) {
				throw new RuleBroken(problems);
			}
		}
	}

	private void requireMaterials(Application application) {
		// one query: every submission passes here, and the whole catalogue entry is not needed for it
		List<String> missing = jdbc.sql("""
				select im.name from services.item_material im
				where im.item_code = :item and im.required and not exists (select 1 from services.application_material m
				    where m.application_id = :id and m.position = im.position)
				order by im.position
				""")
			.param("item", application.itemCode())
			.param("id", application.id())
			.query(String.class)
			.list();
		if (!missing.isEmpty()) {
			throw new RuleBroken("materials", "缺少必需材料：" + String.join("、", missing) + " / required materials missing");
		}
	}

	/**
	 * 办结期限: the promised working days counted from acceptance on the holiday calendar, plus the working days
	 * the clock stood still for corrections.
	 */
	LocalDate deadline(LocalDate acceptedOn, int promisedDays, int pausedWorkingDays) {
		return calendar.addWorkingDays(acceptedOn, promisedDays + pausedWorkingDays);
	}

	private int workingDaysSoFar(Application application) {
		if (application.acceptedOn() == null) {
			return 0; // not accepted: the transition itself refuses
		}
		return Math.max(0, calendar.workingDaysBetween(application.acceptedOn(), today()) - application.pausedWorkingDays());
	}

	private void decided(Application application) {
		events.publishEvent(new ApplicationDecided(application.id(), application.number(), application.itemCode(),
				application.status() == ApplicationStatus.APPROVED, application.applicantUserId(),
				application.online(), application.workingDays(), application.decidedAt()));
	}

	private void save(Application application, CurrentUser user, String action, ApplicationStatus before, String note) {
		applications.save(application);
		step(application.id(), user, action, before, application.status(), note);
		// the receipt and the decision are numbered with the step that makes them due, in its transaction
		events.publishEvent(new DocumentDue(application.id()));
		audit.record(AuditEvent.of("application." + action, "application", application.number(),
				before == null ? null : Map.of("status", before.name()),
				Map.of("status", application.status().name(), "note", note == null ? "" : note)));
	}

	private void step(long id, CurrentUser user, String action, ApplicationStatus from, ApplicationStatus to, String note) {
		jdbc.sql("""
				insert into services.application_step (application_id, at, actor, action, from_status, to_status, note)
				values (:id, :at, :actor, :action, :from, :to, :note)
				""")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", user.getUsername())
			.param("action", action)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("note", note)
			.update();
	}

	private String nextNumber() {
		LocalDate today = today();
		long sequence = jdbc.sql("select nextval('services.application_number_seq')").query(Long.class).single();
		return String.format("%s-%s-%06d", properties.countyCode(), today.toString().replace("-", ""),
				sequence % 1_000_000);
	}

	private Application ownApplication(long id, CurrentUser user) {
		return applications.find(id)
			.filter(a -> user.role() == Role.RESIDENT && a.applicantUserId() == user.id())
			.orElseThrow(() -> new NoSuchRecord("application " + id));
	}

	private Application departmentApplication(long id, CurrentUser clerk) {
		if (clerk.role() != Role.CLERK && clerk.role() != Role.DEPARTMENT_LEAD) {
			throw new AccessDeniedException("clerks of the item's department act on applications");
		}
		return applications.find(id)
			.filter(a -> clerk.departmentId() != null && clerk.departmentId() == a.departmentId())
			.orElseThrow(() -> new NoSuchRecord("application " + id));
	}

	/** A message in the reader's language. */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, ReaderLocale.current());
	}

	private static void requireResident(CurrentUser user) {
		if (user.role() != Role.RESIDENT) {
			throw new AccessDeniedException("residents apply");
		}
	}

}

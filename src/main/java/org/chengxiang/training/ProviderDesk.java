package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human resources bureau's approvals of training providers: registering one as a directory body of its own
 * (ADR 25), suspending and reinstating it. Every change is audited.
 */
@Service
@Transactional
class ProviderDesk {

	/** The prefix of a provider's directory code, followed by its credit code. */
	static final String CODE_PREFIX = "TP-";

	private final Providers providers;

	private final Directory directory;

	private final PersonalDataProtector protector;

	private final AuditTrail audit;

	private final Clock clock;

	ProviderDesk(Providers providers, Directory directory, PersonalDataProtector protector, AuditTrail audit,
			Clock clock) {
		this.providers = providers;
		this.directory = directory;
		this.protector = protector;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers an approved provider under the directory code {@code TP-<credit code>}; answers its id. */
	long register(ProviderForm form) {
		return enter(form, CODE_PREFIX + CreditCodes.normalize(form.creditCode()));
	}

	/** Registers an approved provider as the directory body of the code, created when the directory lacks it. */
	long enter(ProviderForm form, String departmentCode) {
		String creditCode = CreditCodes.normalize(form.creditCode());
		String name = form.name().strip();
		List<RuleBroken.Problem> problems = new ArrayList<>();
		CreditCodes.problem(creditCode).ifPresent(key -> problems.add(RuleBroken.Problem.at("creditCode", key)));
		if (problems.isEmpty() && providers.existsByCreditCode(creditCode)) {
			problems.add(RuleBroken.Problem.at("creditCode", "training.provider.creditCode.taken"));
		}
		if (providers.existsByName(name)) {
			problems.add(RuleBroken.Problem.at("name", "training.provider.name.taken"));
		}
		if (form.approvedOn().isAfter(LocalDate.now(clock))) {
			problems.add(RuleBroken.Problem.at("approvedOn", "training.provider.approvedOn.future"));
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		String phone = PersonalDataProtector.normalizePhone(form.contactPhone());
		Provider.Details details = new Provider.Details(name, creditCode, form.kind(), strip(form.licenceNumber()),
				Boolean.TRUE.equals(form.aboveScale()), Boolean.TRUE.equals(form.manyMigrants()),
				form.contactName().strip(), protector.encrypt(phone));
		DepartmentSummary body = directory.enterProvider(departmentCode, name, form.shortNameOrName());
		if (providers.existsByDepartmentId(body.id())) {
			throw RuleBroken.at("creditCode", "training.provider.creditCode.taken");
		}
		Provider provider = providers.save(Provider.approve(body.id(), details, form.approvedOn()));
		audit.record(AuditEvent.of("training.provider.approved", "TrainingProvider", provider.id(), null,
				State.of(provider)));
		return provider.id();
	}

	void suspend(long id, int version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw RuleBroken.at("reason", "training.provider.reason.required");
		}
		Provider provider = find(id, version);
		State before = State.of(provider);
		provider.suspend();
		providers.save(provider);
		audit.record(AuditEvent.of("training.provider.suspended", "TrainingProvider", id, before, State.of(provider))
			.withDetail(reason.strip()));
	}

	void reinstate(long id, int version) {
		Provider provider = find(id, version);
		State before = State.of(provider);
		provider.reinstate();
		providers.save(provider);
		audit.record(AuditEvent.of("training.provider.reinstated", "TrainingProvider", id, before, State.of(provider)));
	}

	private Provider find(long id, int version) {
		Provider provider = providers.findById(id).orElseThrow(() -> new NoSuchRecord("training provider " + id));
		if (provider.version() != version) {
			throw new StaleVersion();
		}
		return provider;
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the audit trail keeps of a provider: never the contact's phone. */
	record State(String name, String creditCode, ProviderKind kind, String licenceNumber, boolean aboveScale,
			boolean manyMigrants, ProviderStatus status) {

		static State of(Provider provider) {
			return new State(provider.name(), provider.creditCode(), provider.kind(), provider.licenceNumber(),
					provider.aboveScale(), provider.manyMigrants(), provider.status());
		}

	}

}

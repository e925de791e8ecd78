package org.chengxiang.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.directory.ResidentIdentity;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form of an application: kept encrypted, read back in clear for those who may see it, and checked by the
 * owning module's rules (a {@link ServiceItemHandler}) whenever it is saved, submitted, resubmitted or approved. Also
 * what the owning modules read of an approved application ({@link ServiceApplications}).
 */
@Component
class ApplicationForms implements ServiceApplications, ApplicationNumbers {

	private final Applications applications;

	private final PersonalDataProtector protector;

	private final JdbcClient jdbc;

	private final Map<String, ServiceItemHandler> handlers;

	ApplicationForms(Applications applications, PersonalDataProtector protector, JdbcClient jdbc,
			List<ServiceItemHandler> handlers) {
		this.applications = applications;
		this.protector = protector;
		this.jdbc = jdbc;
		this.handlers = handlers.stream().collect(Collectors.toMap(ServiceItemHandler::itemCode, Function.identity()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SubmittedForm> submittedForm(long applicationId, String itemCode) {
		return applications.findById(applicationId)
			.filter(a -> a.itemCode().equals(itemCode))
			.map(a -> new SubmittedForm(a.id(), a.number(), applicant(a), form(a)));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean holds(String number, String itemCode) {
		return jdbc.sql("select exists (select 1 from services.application where number = :n and item_code = :item)")
			.param("n", number)
			.param("item", itemCode)
			.query(Boolean.class)
			.single();
	}

	/** The form of the application with this id, in clear. */
	@Transactional(readOnly = true)
	String form(long id) {
		return protector.decrypt(jdbc.sql("select form_enc from services.application where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single());
	}

	String form(Application application) {
		return protector.decrypt(application.formEnc());
	}

	byte[] encrypt(String formJson) {
		return protector.encrypt(formJson);
	}

	ServiceItemHandler.Applicant applicant(Application application) {
		return new ServiceItemHandler.Applicant(application.applicantUserId(), application.applicantName(),
				protector.decrypt(application.applicantIdEnc()));
	}

	/** Checks the application's form as it stands by the item's rules of today. */
	void validate(Application application) {
		validate(application.itemCode(), form(application), applicant(application));
	}

	void validate(String itemCode, String formJson, ResidentIdentity identity) {
		validate(itemCode, formJson,
				new ServiceItemHandler.Applicant(identity.userId(), identity.name(), identity.idNumber()));
	}

	void validate(String itemCode, String formJson, ServiceItemHandler.Applicant applicant) {
		if (formJson == null || formJson.isBlank() || !formJson.strip().startsWith("{")) {
			throw RuleBroken.at("form", "services.form.notAnObject");
		}
		ServiceItemHandler handler = handlers.get(itemCode);
		if (handler != null) {
			var problems = handler.validate(formJson, applicant);
			if (!problems.isEmpty()) {
				throw new RuleBroken(problems);
			}
		}
	}

	/** Refuses a submission that lacks a required material, naming every one missing. */
	void requireMaterials(Application application) {
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
			throw RuleBroken.at("materials", "services.materials.missing", String.join("、", missing));
		}
	}

}

package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.services.DecisionContribution;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a settlement decision says beyond the catalogue's legal basis: the category's rule it was decided under
 * and, once approved, the household number written into the registry and the address of settlement.
 */
@Component
class SettlementDecisionContribution implements DecisionContribution {

	private final JsonMapper json;

	private final SettlementRules rules;

	private final HouseholdRegistry registry;

	private final Directory directory;

	private final MessageSource messages;

	SettlementDecisionContribution(JsonMapper json, SettlementRules rules, HouseholdRegistry registry,
			Directory directory, MessageSource messages) {
		this.json = json;
		this.rules = rules;
		this.registry = registry;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public String itemCode() {
		return SettlementHandler.ITEM_CODE;
	}

	@Override
	public Particulars particulars(Decided decided, Locale locale) {
		SettlementForm form;
		try {
			form = SettlementForm.read(json, decided.formJson());
		}
		catch (RuleBroken ex) {
			// a decided form was valid when decided; one unreadable now adds nothing rather than failing the document
			return Particulars.NONE;
		}
		List<String> basis = new ArrayList<>();
		if (form.category() != null) {
			Optional<SettlementRule> rule = rules.find(form.category());
			basis.add(message("settlement.document.rule", locale,
					message("settlement.category." + form.category().name(), locale),
					months(rule.map(SettlementRule::minResidenceMonths).orElse(0), locale),
					months(rule.map(SettlementRule::minSocialInsuranceMonths).orElse(0), locale)));
		}
		List<Line> results = new ArrayList<>();
		if (decided.approved()) {
			// the registry is written once the approval is committed: a document opened at that moment says so
			results.add(new Line(message("settlement.document.householdNumber", locale),
					registry.householdNumberOf(decided.number())
						.orElseGet(() -> message("settlement.document.registering", locale))));
			if (form.destination() != null && form.destination().divisionCode() != null) {
				String place = directory.division(form.destination().divisionCode())
					.map(DivisionSummary::name)
					.orElse("");
				String line = form.destination().addressLine() == null ? "" : form.destination().addressLine().strip();
				// applicants often begin the address with the community's name already
				String address = line.startsWith(place) ? line : (place + " " + line).strip();
				results.add(new Line(message("settlement.document.address", locale), address));
			}
		}
		return new Particulars(basis, results);
	}

	private String months(int months, Locale locale) {
		return months == 0 ? message("settlement.policy.none", locale)
				: message("settlement.policy.months", locale, months);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

package org.chengxiang.training;

import java.time.LocalDate;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A training institution or enterprise the human resources bureau has approved (ADR 25): its directory body, whose
 * staff file its classes, its credit code, licence and the plan's marks of an enterprise to support. A suspended
 * provider's staff may not file classes until it is reinstated.
 */
@Table(schema = "training", name = "provider")
final class Provider extends AbstractAggregateRoot<Provider> {

	@Id
	private Long id;

	private long departmentId;

	private String name;

	private String creditCode;

	private ProviderKind kind;

	private String licenceNumber;

	private boolean aboveScale;

	private boolean manyMigrants;

	private String contactName;

	private byte[] contactPhoneEnc;

	private LocalDate approvedOn;

	private ProviderStatus status;

	@Version
	private Integer version;

	private Provider() {
	}

	/**
	 * A provider approved on the day given. An institution needs its licence; the plan's marks of an enterprise
	 * (规模以上, 吸纳农民工较多) are an enterprise's only.
	 */
	static Provider approve(long departmentId, Details details, LocalDate approvedOn) {
		boolean licensed = details.licenceNumber() != null && !details.licenceNumber().isBlank();
		if (details.kind() == ProviderKind.INSTITUTION && !licensed) {
			throw RuleBroken.at("licenceNumber", "training.provider.licence.required");
		}
		Provider provider = new Provider();
		provider.departmentId = departmentId;
		provider.name = details.name();
		provider.creditCode = details.creditCode();
		provider.kind = details.kind();
		boolean enterprise = details.kind() == ProviderKind.ENTERPRISE;
		provider.licenceNumber = licensed ? details.licenceNumber() : null;
		provider.aboveScale = enterprise && details.aboveScale();
		provider.manyMigrants = enterprise && details.manyMigrants();
		provider.contactName = details.contactName();
		provider.contactPhoneEnc = details.contactPhoneEnc();
		provider.approvedOn = approvedOn;
		provider.status = ProviderStatus.APPROVED;
		return provider;
	}

	/** Its staff may file no more classes; what is filed stays. */
	void suspend() {
		if (status != ProviderStatus.APPROVED) {
			throw StepRefused.because("training.provider.notApproved");
		}
		status = ProviderStatus.SUSPENDED;
	}

	/** Its staff may file classes again. */
	void reinstate() {
		if (status != ProviderStatus.SUSPENDED) {
			throw StepRefused.because("training.provider.notSuspended");
		}
		status = ProviderStatus.APPROVED;
	}

	Long id() {
		return id;
	}

	long departmentId() {
		return departmentId;
	}

	String name() {
		return name;
	}

	String creditCode() {
		return creditCode;
	}

	ProviderKind kind() {
		return kind;
	}

	String licenceNumber() {
		return licenceNumber;
	}

	boolean aboveScale() {
		return aboveScale;
	}

	boolean manyMigrants() {
		return manyMigrants;
	}

	String contactName() {
		return contactName;
	}

	byte[] contactPhoneEnc() {
		return contactPhoneEnc;
	}

	LocalDate approvedOn() {
		return approvedOn;
	}

	ProviderStatus status() {
		return status;
	}

	Integer version() {
		return version;
	}

	/**
	 * What the bureau enters for a provider.
	 *
	 * @param creditCode the checked, normalised 统一社会信用代码
	 * @param contactPhoneEnc the contact's phone number, encrypted
	 */
	record Details(String name, String creditCode, ProviderKind kind, String licenceNumber, boolean aboveScale,
			boolean manyMigrants, String contactName, byte[] contactPhoneEnc) {
	}

}

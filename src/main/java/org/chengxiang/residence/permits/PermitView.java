package org.chengxiang.residence.permits;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataDecryptionException;
import org.chengxiang.platform.crypto.PersonalDataProtector;

/**
 * A residence permit as its pages and the API show it: the card data with the ID number masked; words are message
 * keys.
 *
 * @param id the permit
 * @param permitNumber its number
 * @param status its status
 * @param statusKey message key of the status
 * @param holderName the holder
 * @param sexKey message key of the holder's sex
 * @param idNumber the ID number, masked
 * @param address the address of residence
 * @param issuingAuthority the issuing police department
 * @param issuedOn the day of issue
 * @param validFrom its first valid day
 * @param validUntil the last day it covers
 * @param endedOn the first day it no longer counts, {@code null} while it stands
 * @param endorsementOpens the first day of its next endorsement window
 * @param lastEndorsedOn the day of its latest endorsement
 * @param applicationNumber the application it was issued on, {@code null} for a replacement
 * @param byGuardian whether a guardian applied for a child
 * @param replacesId the permit it replaced
 * @param replacementKindKey message key of why it replaced another
 * @param version for the steps that change it
 */
record PermitView(long id, String permitNumber, String status, String statusKey, String holderName, String sexKey,
		String idNumber, String address, String issuingAuthority, LocalDate issuedOn, LocalDate validFrom,
		LocalDate validUntil, LocalDate endedOn, LocalDate endorsementOpens, LocalDate lastEndorsedOn,
		String applicationNumber, boolean byGuardian, Long replacesId, String replacementKindKey, int version) {

	static PermitView of(ResidencePermit p, PersonalDataProtector protector) {
		return new PermitView(p.id(), p.permitNumber(), p.status().name(), p.status().messageKey(), p.holderName(),
				"residence.permit.sex." + p.sex(), masked(p, protector), p.address(),
				p.issuingAuthority(), p.issuedOn(), p.validFrom(), p.validUntil(), p.endedOn(), p.endorsementOpens(),
				p.lastEndorsedOn(), p.applicationNumber(), p.byGuardian(), p.replacesId(),
				p.replacementKind() == null ? null : p.replacementKind().messageKey(), p.version());
	}

	// a row written by other modules' test fixtures holds no ciphertext; the card shows no number for it
	private static String masked(ResidencePermit p, PersonalDataProtector protector) {
		try {
			return Masking.idNumber(protector.decrypt(p.idNumberEnc()));
		}
		catch (PersonalDataDecryptionException ex) {
			return "—";
		}
	}

	public boolean valid() {
		return "VALID".equals(status);
	}

}

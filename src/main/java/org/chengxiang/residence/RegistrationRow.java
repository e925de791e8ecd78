package org.chengxiang.residence;

import java.time.LocalDate;

/**
 * A residence registration as lists and its page show it. Words are message keys.
 *
 * @param id the registration
 * @param applicationNumber the approved application
 * @param holderName the registered person
 * @param divisionCode the community or village
 * @param gridCellId the grid cell
 * @param addressLine street, building and room
 * @param basisKey message key of the basis
 * @param startDate since when
 * @param countedFrom the residence clock
 * @param active whether it still runs
 * @param statusKey message key of the status
 * @param endDate when it ended
 * @param endReasonKey message key of why it ended, {@code null} while active
 * @param version the version, for the step that ends it
 */
record RegistrationRow(long id, String applicationNumber, String holderName, String divisionCode, long gridCellId,
		String addressLine, String basisKey, LocalDate startDate, LocalDate countedFrom, boolean active,
		String statusKey, LocalDate endDate, String endReasonKey, int version) {

	static RegistrationRow of(ResidenceRegistration r) {
		return new RegistrationRow(r.id(), r.applicationNumber(), r.holderName(), r.divisionCode(), r.gridCellId(),
				r.addressLine(), r.basis().messageKey(), r.startDate(), r.countedFrom(),
				r.status() == RegistrationStatus.ACTIVE, r.status().messageKey(), r.endDate(),
				r.endReason() == null ? null : r.endReason().messageKey(), r.version());
	}

}

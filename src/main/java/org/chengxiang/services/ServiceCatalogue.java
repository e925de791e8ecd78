package org.chengxiang.services;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as other modules may enter it: a module that brings service items (residence's registration, permit
 * and endorsement; school places; rental housing; pension enrolment) enters them for its demo data through this call,
 * the way an administrator enters one on the catalogue page, checked and audited the same way. Nothing outside this
 * module writes the catalogue's tables.
 */
@Service
public class ServiceCatalogue {

	private static final String FORMATS = "JPEG,PNG,PDF";

	private static final int FIVE_MB = 5 * 1024 * 1024;

	private final Catalogue catalogue;

	ServiceCatalogue(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * Enters the item unless the catalogue holds its code already (an administrator may have changed it since, which
	 * stays as it is).
	 *
	 * @return whether it was entered
	 */
	@Transactional
	public boolean enterIfMissing(NewItem item) {
		if (catalogue.find(item.code()).isPresent()) {
			return false;
		}
		catalogue.save(new Catalogue.SaveItem(item.code(), item.name(), item.departmentId(), item.category(),
				item.legalBasis(), item.conditions(), item.instructions(), item.promisedDays(), item.legalDays(),
				item.fee(), item.fullyOnline() ? "FULLY_ONLINE" : "AT_MOST_ONCE",
				item.materials()
					.stream()
					.map(material -> new Catalogue.SaveItem.Material(material.name(), material.required(), FORMATS,
							FIVE_MB))
					.toList()));
		return true;
	}

	/**
	 * A service item to enter.
	 *
	 * @param code the catalogue code, as the item's handler names it
	 * @param name the item's name
	 * @param departmentId the department handling it
	 * @param category the catalogue's category
	 * @param legalBasis the regulations it rests on
	 * @param conditions who may apply
	 * @param instructions what the applicant is told before the form
	 * @param promisedDays the working days promised
	 * @param legalDays the working days the law allows
	 * @param fee the fee, in words
	 * @param fullyOnline whether it is done entirely online (else at most one visit)
	 * @param materials the materials asked for, in order (images or PDF, up to 5 MB each)
	 */
	public record NewItem(String code, String name, long departmentId, String category, String legalBasis,
			String conditions, String instructions, int promisedDays, int legalDays, String fee, boolean fullyOnline,
			List<NewMaterial> materials) {
	}

	/**
	 * A material an item asks for.
	 *
	 * @param name what it is
	 * @param required whether the application needs it
	 */
	public record NewMaterial(String name, boolean required) {
	}

}

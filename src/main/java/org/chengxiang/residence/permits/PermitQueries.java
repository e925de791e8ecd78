package org.chengxiang.residence.permits;

import java.util.List;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.residence.ResidencePolice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residence permits to read: the police department's list, a page at a time; one permit in the reader's scope (the
 * police department sees every one, a resident those they applied for: another's is not found).
 */
@Service
@Transactional(readOnly = true)
class PermitQueries {

	static final int PAGE_SIZE = 50;

	private final Permits permits;

	private final ResidencePolice police;

	private final PersonalDataProtector protector;

	PermitQueries(Permits permits, ResidencePolice police, PersonalDataProtector protector) {
		this.permits = permits;
		this.police = police;
		this.protector = protector;
	}

	List<PermitView> page(Long beforeId) {
		return permits.page(beforeId, PAGE_SIZE).stream().map(p -> PermitView.of(p, protector)).toList();
	}

	List<PermitView> mine(CurrentUser user) {
		return permits.findAllOwn(user.id()).stream().map(p -> PermitView.of(p, protector)).toList();
	}

	PermitView one(long id, CurrentUser user) {
		return (police.includes(user) ? permits.findById(id) : permits.findOwn(id, user.id()))
			.map(p -> PermitView.of(p, protector))
			.orElseThrow(() -> new NoSuchRecord("residence permit " + id));
	}

}

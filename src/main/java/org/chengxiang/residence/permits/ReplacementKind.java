package org.chengxiang.residence.permits;

/** Why a card is replaced: renewed when worn or its data changed (换领), or reissued when lost (补领). */
enum ReplacementKind {

	RENEWAL, LOSS;

	String messageKey() {
		return "residence.permit.replacement." + name();
	}

}

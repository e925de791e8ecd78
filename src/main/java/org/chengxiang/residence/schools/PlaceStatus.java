package org.chengxiang.residence.schools;

/**
 * Where a child's application stands: applied (waiting for the draw), withdrawn or refused at the one-stop core,
 * ineligible on the round's reference date, offered a place, on the waiting list, or the offer accepted or declined.
 */
enum PlaceStatus {

	APPLIED, WITHDRAWN, INELIGIBLE, OFFERED, WAITING, ACCEPTED, DECLINED

}

package org.chengxiang.residence.pension;

/**
 * What the enrolment rules see of an application. It has no field of hukou, origin or household registration: the
 * decision cannot read what it is never given.
 *
 * @param contributionBase the base chosen, yuan a month
 * @param year the year enrolled for
 */
record PensionApplication(int contributionBase, int year) {
}

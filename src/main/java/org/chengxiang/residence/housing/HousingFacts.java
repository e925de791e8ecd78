package org.chengxiang.residence.housing;

/**
 * What the housing rules know of an applicant besides the form.
 *
 * @param residesLawfully holds local hukou or a residence permit valid on the day, as the two public questions answer
 * @param rule the rules in force
 * @param alreadyWaiting already on the waiting list
 */
record HousingFacts(boolean residesLawfully, HousingRule rule, boolean alreadyWaiting) {
}

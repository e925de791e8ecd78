package org.chengxiang.residence.pension;

import java.util.Optional;

/**
 * What the enrolment rules know of an applicant besides the form.
 *
 * @param residesLawfully the one answer of "local hukou or a residence permit valid on the day", as the two public
 * questions give it; nothing else of where the applicant is registered
 * @param band the year's published band, if any
 * @param alreadyEnrolled already enrolled for the year
 */
record PensionFacts(boolean residesLawfully, Optional<PensionBand> band, boolean alreadyEnrolled) {
}

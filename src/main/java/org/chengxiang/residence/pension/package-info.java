/**
 * Flexible-employment pension enrolment (灵活就业人员参保) with no hukou restriction: anyone holding local hukou or a
 * valid residence permit enrols, with a contribution base inside the year's published band.
 */
package org.chengxiang.residence.pension;

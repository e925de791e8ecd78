package org.chengxiang.cityops.cases;

/**
 * A case as others link to it.
 *
 * @param id its id (the page is {@code /cityops/cases/{id}})
 * @param number its readable number, e.g. CG-20261129-0001
 * @param status its workflow status (worded by the message {@code cityops.case.status.<status>})
 */
public record CaseRef(long id, String number, CaseStatus status) {
}

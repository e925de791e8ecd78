package org.chengxiang.cityops;

/**
 * A case as others link to it.
 *
 * @param id its id (the page is {@code /cityops/cases/{id}})
 * @param number its readable number, e.g. CG-20261129-0001
 * @param status its workflow status
 * @param statusLabel the status in Chinese
 */
public record CaseRef(long id, String number, String status, String statusLabel) {
}

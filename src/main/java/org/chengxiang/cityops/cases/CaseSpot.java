package org.chengxiang.cityops.cases;

/**
 * A case where it lies, as maps show it.
 *
 * @param id the case (its page is {@code /cityops/cases/{id}})
 * @param number its readable number
 * @param classCode its class
 * @param className the class's name
 * @param status its workflow status
 * @param description the start of its description, where reporters write the place
 * @param longitude WGS 84
 * @param latitude WGS 84
 */
public record CaseSpot(long id, String number, String classCode, String className, String status, String description,
		double longitude, double latitude) {
}

/**
 * Public rental housing for new citizens (公租房): the application on the one-stop core, the eligibility and points
 * rules the housing bureau keeps as data, the ranked waiting list, and the housing stock allocated from it. Its one
 * public type is the event {@link org.chengxiang.residence.housing.HousingAllocated}.
 */
@org.springframework.modulith.NamedInterface("housing")
package org.chengxiang.residence.housing;

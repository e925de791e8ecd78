package org.chengxiang.directory;

import java.util.List;

/**
 * A department as other modules see it.
 *
 * @param id its id
 * @param code a short stable code, e.g. {@code PSB}
 * @param name full name, e.g. 大石桥市公安局
 * @param shortName short name, e.g. 公安局
 * @param kind what sort of body it is
 * @param divisionCode for towns and subdistricts, the division they govern
 * @param aliases every other name documents use for it
 * @param sortOrder its place in lists, in the government's usual order of its departments
 */
public record DepartmentSummary(long id, String code, String name, String shortName, DepartmentKind kind,
		String divisionCode, List<String> aliases, int sortOrder) {
}

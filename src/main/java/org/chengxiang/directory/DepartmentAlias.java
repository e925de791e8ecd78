package org.chengxiang.directory;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One name by which a department is known, normalized by {@link DepartmentNames#normalize}.
 */
@Table(schema = "directory", name = "department_alias")
record DepartmentAlias(String alias) {
}

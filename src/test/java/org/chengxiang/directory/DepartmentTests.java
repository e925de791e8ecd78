package org.chengxiang.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepartmentTests {

	@Test
	void aDepartmentWhoseShortNameIsItsFullNameListsItsExtraAliases() {
		Department department = Department.create("XLS-ORDER", "排序导入测试局", "排序导入测试局", DepartmentKind.BUREAU,
				null, List.of("测试局"), 1);
		assertThat(department.extraAliases()).containsExactly("测试局");
	}

	@Test
	void theNamesAndTheCityFormOfTheShortNameAreNotExtraAliases() {
		Department department = Department.create("EDU", "大石桥市教育局", "教育局", DepartmentKind.BUREAU, null,
				List.of("教体局"), 1);
		assertThat(department.extraAliases()).containsExactly("教体局");
	}

}

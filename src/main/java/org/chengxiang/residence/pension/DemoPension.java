package org.chengxiang.residence.pension;

import org.chengxiang.directory.Directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo flexible-employment pension enrolment for the embedded default only: the service item in the catalogue. The
 * services module offers no call for another module to enter one, so the demo writes the row the catalogue page
 * writes.
 */
@Component
@Order(61)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoPension implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final Directory directory;

	DemoPension(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		long bureau = directory.departmentByName(PensionBureau.NAME).orElseThrow().id();
		int added = jdbc.sql("""
				insert into services.item (code, name, department_id, category, legal_basis, conditions, instructions,
					promised_days, legal_days, fee, online_level)
				values (:code, '灵活就业人员参加企业职工基本养老保险登记', :department, '社会保险', '《中华人民共和国社会保险法》第十条',
					'本市户籍，或持有本市有效居住证的灵活就业人员，不设户籍限制。',
					'一、在当年公布的缴费基数上下限之间选择缴费基数；\n二、上传身份证；\n三、审核通过后即为参保登记完成。',
					5, 10, '不收费', 'FULLY_ONLINE')
				on conflict (code) do nothing
				""")
			.param("code", PensionHandler.ITEM_CODE)
			.param("department", bureau)
			.update();
		if (added > 0) {
			jdbc.sql("""
					insert into services.item_material (item_code, position, name, required, formats, max_bytes)
					values (:code, 1, '居民身份证（正反面）', true, 'JPEG,PNG,PDF', 5242880)
					""")
				.param("code", PensionHandler.ITEM_CODE)
				.update();
		}
	}

}

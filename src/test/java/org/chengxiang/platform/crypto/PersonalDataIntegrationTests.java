package org.chengxiang.platform.crypto;

import java.nio.file.Path;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

// Same configuration as ApplicationIntegrationTests, so both share one cached application context.
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataIntegrationTests {

	@Autowired
	PersonalDataProtector protector;

	@org.springframework.beans.factory.annotation.Value("${chengxiang.crypto.key-file}")
	Path keyFile;

	@Autowired
	Validator validator;

	record Resident(@ResidentIdNumber String idNumber, @MobilePhone String phone) {
	}

	@Test
	void embeddedDefaultEncryptsWithTheGeneratedTestKey() {
		assertThat(keyFile).isRegularFile();
		byte[] encrypted = this.protector.encrypt("11010519491231002X");
		assertThat(this.protector.decrypt(encrypted)).isEqualTo("11010519491231002X");
	}

	@Test
	void applicationValidatorReportsTheSpecificReason() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(this.validator.validate(new Resident("210882199001011234", "12812345678")))
				.extracting(ConstraintViolation::getMessage)
				.containsExactlyInAnyOrder(ResidentIdNumbers.problem("210882199001011234").orElseThrow(),
						"手机号码应为以 13–19 开头的 11 位数字");
			org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
			assertThat(this.validator.validate(new Resident("11010519491231002X", "12812345678")))
				.extracting(ConstraintViolation::getMessage)
				.containsExactly("A mobile number has 11 digits and starts with 13–19");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

}

package org.chengxiang.residence.housing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit added to the housing stock.
 *
 * @param estate the estate (小区) it lies in
 * @param unitNumber its number in the estate, e.g. 3-1-502
 * @param area its floor area, square metres
 */
record AddUnit(
		@NotBlank(message = "{residence.housing.unit.estateRequired}")
		@Size(max = 50, message = "{residence.housing.unit.tooLong}") String estate,
		@NotBlank(message = "{residence.housing.unit.numberRequired}")
		@Size(max = 30, message = "{residence.housing.unit.tooLong}") String unitNumber,
		@NotNull(message = "{residence.housing.unit.areaRequired}")
		@DecimalMin(value = "1", message = "{residence.housing.unit.areaRange}")
		@DecimalMax(value = "500", message = "{residence.housing.unit.areaRange}")
		@Digits(integer = 3, fraction = 1, message = "{residence.housing.unit.areaRange}") BigDecimal area) {
}

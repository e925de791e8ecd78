package org.chengxiang.residence.pension;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The flexible-employment pension JSON API: the contribution base bands, which the human resources bureau publishes.
 */
@RestController
@RequestMapping("/api/residence/pension")
@Tag(name = "residence-pension", description = "Flexible-employment pension: contribution base bands")
class PensionApi {

	private final PensionBands bands;

	PensionApi(PensionBands bands) {
		this.bands = bands;
	}

	@GetMapping("/bands")
	@Operation(summary = "The contribution base band of each year, newest first")
	List<PensionBand> bands() {
		return bands.all();
	}

	@PutMapping("/bands/{year}")
	@PreAuthorize("hasRole('ADMIN') or @pensionBureau.includes(principal)")
	@Operation(summary = "Publish or change a year's band (human resources bureau)")
	PensionBand publish(@PathVariable int year, @Valid @RequestBody PublishBand band) {
		return bands.publish(year, band);
	}

}

package org.chengxiang.cityops.map;

import java.util.ArrayList;
import java.util.List;

import org.chengxiang.cityops.cases.CaseBoard;
import org.chengxiang.cityops.cases.CaseSpot;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionOutline;
import org.chengxiang.directory.MapPlace;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every map of city operations draws and finds: the grid cells with their officers and open cases, the
 * outlines of townships, communities and villages, and places by name or address. Cells and divisions are the
 * city's public geography; the cases found are only those the user's scope covers.
 */
@RestController
@Tag(name = "cityops-map", description = "The city map")
class CityMapApi {

	static final int MAX_QUERY = 50;

	static final int CASES_FOUND = 10;

	private final CaseBoard cases;

	private final Directory directory;

	CityMapApi(CaseBoard cases, Directory directory) {
		this.cases = cases;
		this.directory = directory;
	}

	/** The map's layers. */
	record Layers(ObjectNode cells, List<DivisionOutline> outlines) {
	}

	/**
	 * A place found: a division or grid cell (with its extent), or a case (with its point).
	 *
	 * @param kind {@code division}, {@code cell} or {@code case}
	 * @param label what the result list shows first: the name, or the case's number and class
	 * @param within the township, community or village it lies in, or the case's description
	 * @param bounds [west, south, east, north] of a division or cell
	 * @param point [longitude, latitude] of a case
	 * @param caseId the case, for a link
	 */
	record Place(String kind, String label, String within, double[] bounds, double[] point, Long caseId) {
	}

	@GetMapping("/api/cityops/map")
	@Operation(summary = "The city map: the grid (GeoJSON, with officers and open cases) and the division outlines")
	Layers layers(@AuthenticationPrincipal CurrentUser user) {
		return new Layers(cases.gridCells(user.scope()), directory.divisionOutlines());
	}

	@GetMapping("/api/cityops/map/search")
	@Operation(summary = "Find communities, villages, grid cells and case addresses by name")
	List<Place> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q) {
		String text = q == null ? "" : q.strip();
		if (text.isEmpty()) {
			throw RuleBroken.at("q", "cityops.map.rule.queryRequired");
		}
		if (text.length() > MAX_QUERY) {
			throw RuleBroken.at("q", "cityops.map.rule.queryLength", MAX_QUERY);
		}
		List<Place> places = new ArrayList<>();
		for (MapPlace place : directory.mapPlaces(text)) {
			places.add(new Place(place.kind(), place.name(), place.within(), place.bounds(), null, null));
		}
		for (CaseSpot spot : cases.findByPlace(user.scope(), text, CASES_FOUND)) {
			places.add(new Place("case", spot.number() + " " + spot.className(), spot.description(), null,
					new double[] { spot.longitude(), spot.latitude() }, spot.id()));
		}
		return places;
	}

}

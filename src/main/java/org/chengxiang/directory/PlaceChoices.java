package org.chengxiang.directory;

import java.util.List;
import java.util.Optional;

/**
 * The communities and villages of the city by town, as a form offers them: the town first, then the place. A name
 * that more than one town has (腰屯村委会) is labelled with its town wherever it is shown.
 *
 * @param towns the towns and subdistricts, in code order, each with its places
 */
public record PlaceChoices(List<Town> towns) {

	public PlaceChoices {
		towns = List.copyOf(towns);
	}

	/** The place of a code, if it is a community or village of the city. */
	public Optional<Place> place(String code) {
		return towns.stream().flatMap(t -> t.places().stream()).filter(p -> p.code().equals(code)).findFirst();
	}

	/** The town of a place's code, or {@code null}: the town a form shows chosen. */
	public String townOf(String code) {
		return code == null ? null : place(code).map(Place::townCode).orElse(null);
	}

	/** The places of one town, or none for an unknown code. */
	public List<Place> placesOf(String townCode) {
		return towns.stream().filter(t -> t.code().equals(townCode)).findFirst().map(Town::places).orElse(List.of());
	}

	/**
	 * A town or subdistrict.
	 *
	 * @param code its 12-digit code
	 * @param name its name
	 * @param places its communities and villages
	 */
	public record Town(String code, String name, List<Place> places) {

		public Town {
			places = List.copyOf(places);
		}

	}

	/**
	 * A community or village.
	 *
	 * @param code its 12-digit code
	 * @param name its name
	 * @param label its name, with the town beside it when another town has a place of the same name
	 * @param townCode its town's code
	 * @param townName its town's name
	 */
	public record Place(String code, String name, String label, String townCode, String townName) {

		/** The town and the place, as an address writes them: 高坎镇 腰屯村委会. */
		public String fullName() {
			return townName + " " + name;
		}

	}

}

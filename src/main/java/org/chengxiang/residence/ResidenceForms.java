package org.chengxiang.residence;

import java.util.Comparator;
import java.util.List;

import org.chengxiang.directory.Directory;

import org.springframework.stereotype.Component;

/**
 * The choices the residence application forms offer, for their templates ({@code @residenceForms}): the city's grid
 * cells, each with the place it lies in, and the bases of a registration.
 */
@Component("residenceForms")
class ResidenceForms {

	private final Directory directory;

	ResidenceForms(Directory directory) {
		this.directory = directory;
	}

	/** Every grid cell of the city, by place. Public for the templates. */
	public List<GridCellChoice> gridCells() {
		return directory.gridCells()
			.stream()
			.map(cell -> new GridCellChoice(cell.id(), cell.name(), directory.placeLabel(cell.divisionCode())))
			.sorted(Comparator.comparing(GridCellChoice::place).thenComparing(GridCellChoice::name))
			.toList();
	}

	/** The bases of a registration. Public for the templates. */
	public List<RegistrationBasis> bases() {
		return List.of(RegistrationBasis.values());
	}

	/**
	 * A grid cell to choose.
	 *
	 * @param id the cell
	 * @param name its name
	 * @param place the community or village it lies in
	 */
	public record GridCellChoice(long id, String name, String place) {

		public String label() {
			return place + " · " + name;
		}

	}

}

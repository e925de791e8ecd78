package org.chengxiang.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DivisionOutlinesTests {

	private static List<double[][]> square(double x, double y) {
		return List.<double[][]>of(new double[][] { { x, y }, { x + 1, y }, { x + 1, y + 1 }, { x, y + 1 }, { x, y } });
	}

	@Test
	void theOutlineOfTwoNeighbouringCellsLeavesOutTheEdgeTheyShare() {
		List<double[][]> lines = DivisionOutlines.outline(List.of(square(0, 0), square(1, 0)));
		int segments = lines.stream().mapToInt(line -> line.length - 1).sum();
		assertThat(segments).as("six unit edges around a 2 × 1 block").isEqualTo(6);
		assertThat(lines).as("joined into one closed line").hasSize(1);
		assertThat(lines.get(0)[0]).containsExactly(lines.get(0)[lines.get(0).length - 1]);
		for (double[][] line : lines) {
			for (int i = 0; i + 1 < line.length; i++) {
				boolean shared = line[i][0] == 1 && line[i + 1][0] == 1;
				assertThat(shared).as("the shared edge x = 1").isFalse();
			}
		}
	}

	@Test
	void cellsApartKeepTheirOwnOutlines() {
		assertThat(DivisionOutlines.outline(List.of(square(0, 0), square(5, 5)))).hasSize(2);
	}

	@Test
	void theNameGoesOnTheMostCentralCellAndTheBoundsHoldThemAll() {
		List<List<double[][]>> cells = List.of(square(0, 0), square(1, 0), square(2, 0));
		assertThat(DivisionOutlines.label(cells)).containsExactly(1.5, 0.5);
		assertThat(DivisionOutlines.bounds(cells)).containsExactly(0, 0, 3, 1);
	}

}

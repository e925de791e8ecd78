package org.chengxiang.cityops.sensors;

import java.util.List;

/**
 * Readings a gateway sent for devices that are not its own. The batch or message that held them is refused whole:
 * none of its readings is stored.
 */
class RefusedReadings extends RuntimeException {

	private final transient List<Refusal> refusals;

	private final int readings;

	private final String lastDevice;

	/**
	 * @param refusals the entries refused, the first few
	 * @param readings how many readings all refused entries held
	 * @param lastDevice the device of the last entry refused
	 */
	RefusedReadings(List<Refusal> refusals, int readings, String lastDevice) {
		super(readings + " reading(s) for devices of another gateway");
		this.refusals = List.copyOf(refusals);
		this.readings = readings;
		this.lastDevice = lastDevice;
	}

	List<Refusal> refusals() {
		return refusals;
	}

	int readings() {
		return readings;
	}

	/** The last device refused, as the gateway's page shows it. */
	String lastDevice() {
		return lastDevice;
	}

	/**
	 * An entry refused.
	 *
	 * @param field where it is in the batch, e.g. {@code [3].device}
	 * @param device the device's code
	 * @param readings how many readings the entry held
	 */
	record Refusal(String field, String device, int readings) {
	}

}

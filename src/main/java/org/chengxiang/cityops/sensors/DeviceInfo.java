package org.chengxiang.cityops.sensors;

/**
 * What ingestion and the rules need of a device: who it is, what it measures, where it stands, and the gateway
 * that alone may deliver its readings ({@code null}: none may).
 */
record DeviceInfo(long id, String code, String name, String typeCode, String typeName, String unit,
		String caseClassCode, long gridCellId, double longitude, double latitude, int intervalSeconds,
		boolean active, String gatewayCode) {

	/** Whether the gateway may deliver this device's readings. */
	boolean belongsTo(String gateway) {
		return gatewayCode != null && gatewayCode.equals(gateway);
	}

}

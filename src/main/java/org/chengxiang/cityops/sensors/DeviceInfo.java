package org.chengxiang.cityops.sensors;

/**
 * What ingestion and the rules need of a device: who it is, what it measures, where it stands.
 */
record DeviceInfo(long id, String code, String name, String typeCode, String typeName, String unit,
		String caseClassCode, long gridCellId, double longitude, double latitude, int intervalSeconds,
		boolean active) {
}

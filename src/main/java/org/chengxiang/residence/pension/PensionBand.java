package org.chengxiang.residence.pension;

/**
 * The contribution base band the human resources bureau publishes for a year.
 *
 * @param year the year
 * @param lowerBase the lowest base, yuan a month
 * @param upperBase the highest base, yuan a month
 * @param version optimistic lock: a change names the version it was made from
 */
record PensionBand(int year, int lowerBase, int upperBase, int version) {
}

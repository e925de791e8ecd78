/**
 * Migrant children's school places (随迁子女入学入园), kept by the education bureau: schools and kindergartens with
 * their catchment grid cells and places, a guardian's application as a service item of the one-stop core, one
 * allocation round a year by a published priority, offers with a waiting list, and supply against demand.
 */
package org.chengxiang.residence.schools;

package org.chengxiang.plan;

/**
 * A unit a plan makes responsible for a task, named as the document wrote it.
 *
 * @param name the name as written, trimmed, e.g. 市公安局, 发改局, 财政局(金融发展局)
 * @param role whether it leads or cooperates
 * @param townshipGroup whether it stands for all towns and subdistricts, e.g. 相关镇街, 各镇（街道）
 */
record ParsedUnit(String name, UnitRole role, boolean townshipGroup) {
}

package org.chengxiang.directory;

/**
 * A user's personal identifiers in clear, for a role allowed to see them; every reveal is audited.
 *
 * @param userId whose identifiers
 * @param idNumber resident ID number, {@code null} when none is held
 * @param phone phone, {@code null} when none is held
 */
record RevealedIdentifiers(long userId, String idNumber, String phone) {
}

package org.chengxiang.directory;

/**
 * A resident as a module processing their own application needs them: name, ID number and phone in clear.
 *
 * @param userId their user id
 * @param name their name
 * @param idNumber their resident ID number
 * @param phone their mobile phone, {@code null} when none is held
 */
public record ResidentIdentity(long userId, String name, String idNumber, String phone) {
}

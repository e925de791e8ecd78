package org.chengxiang.residence.permits;

/**
 * What the card shows (居住证暂行条例 Art. 4): name, sex, ID number (encrypted), address and issuing authority; the
 * dates are the permit's own.
 *
 * @param holderName the holder's name
 * @param sex {@code M} or {@code F}
 * @param idNumberEnc the ID number, SM4-GCM encrypted
 * @param address the address of residence
 * @param issuingAuthority the issuing police department
 */
record CardData(String holderName, String sex, byte[] idNumberEnc, String address, String issuingAuthority) {
}

/**
 * Personal-data protection: SM4-GCM encryption, HMAC-SM3 blind indexes, masking, ID-number checks.
 */
@org.springframework.modulith.NamedInterface("crypto")
package org.chengxiang.platform.crypto;

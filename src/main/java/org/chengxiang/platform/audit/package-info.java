/**
 * Append-only, hash-chained audit trail of state changes and reveals of personal data.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.chengxiang.platform.audit;

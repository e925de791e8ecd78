package org.chengxiang.platform.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit trail's anchors are kept and when they are written.
 *
 * @param anchorFile the append-only file of signed chain heads; keep it where the database's administrators cannot
 * write (another disk, a write-once mount, {@code chattr +a}), since it is what shows that the newest entries were
 * not deleted
 * @param anchorCron when the daily anchor is written, in Asia/Shanghai time; one is also written at every orderly
 * shutdown and when an administrator asks
 */
@ConfigurationProperties("chengxiang.audit")
record AuditProperties(@DefaultValue("data/audit/anchors.txt") Path anchorFile,
		@DefaultValue("0 0 0 * * *") String anchorCron) {
}

package org.chengxiang.platform.audit;

import java.util.List;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the audit chain's head down outside the database, signed: every day, at every orderly shutdown, and when an
 * administrator asks. Each anchor goes to the append-only anchor file and to the log, so a copy also lives wherever
 * the log is shipped. Verification then shows when entries anchored once are gone.
 */
@Component
class AuditAnchoring {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

	private final AuditTrail trail;

	private final AnchorFile file;

	AuditAnchoring(AuditTrail trail, AnchorFile file) {
		this.trail = trail;
		this.file = file;
	}

	/** What the page shows about the anchors. */
	record Status(String path, int count, AuditAnchor newest, int forged) {
	}

	/** Anchors the head as it is now. */
	AuditAnchor anchor() {
		AuditAnchor head = trail.currentHead();
		AnchorFile.Contents before = file.read();
		long highest = before.anchors().stream().mapToLong(AuditAnchor::seq).max().orElse(0);
		if (head.seq() < highest) {
			// written all the same: the anchor of the shortened chain is evidence too
			log.error("The audit chain ends at {}, before the anchored {}: its newest entries were deleted.",
					head.seq(), highest);
		}
		String line = file.append(head);
		log.info("Audit anchor written to {}: {}", file.path(), line);
		return head;
	}

	Status status() {
		AnchorFile.Contents contents = file.read();
		List<AuditAnchor> anchors = contents.anchors();
		return new Status(file.path().toString(), anchors.size(),
				anchors.isEmpty() ? null : anchors.get(anchors.size() - 1), contents.forged());
	}

	@Scheduled(cron = "${chengxiang.audit.anchor-cron:0 0 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		anchorOrLog("daily");
	}

	@PreDestroy
	void atShutdown() {
		anchorOrLog("shutdown");
	}

	private void anchorOrLog(String occasion) {
		try {
			anchor();
		}
		catch (RuntimeException ex) {
			log.error("The {} audit anchor could not be written", occasion, ex);
		}
	}

}

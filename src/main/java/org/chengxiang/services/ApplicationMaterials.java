package org.chengxiang.services;

import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an application's uploaded materials for those who may see the application: its applicant, and clerks of
 * the handling department once it is submitted. Anyone else finds nothing. Every opening by staff is written to the
 * audit trail, because materials carry personal data.
 */
@Service
@Transactional
class ApplicationMaterials {

	private final Applications applications;

	private final MaterialStore store;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ApplicationMaterials(Applications applications, MaterialStore store, JdbcClient jdbc, AuditTrail audit) {
		this.applications = applications;
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A material's content with the name it was uploaded under and its media type. */
	record Opened(String filename, String mediaType, byte[] content) {
	}

	Opened open(long applicationId, int position, CurrentUser user) {
		Application application = applications.find(applicationId)
			.filter(a -> Inbox.visible(a, user))
			.orElseThrow(() -> new NoSuchRecord("application " + applicationId));
		var stored = jdbc.sql("""
				select filename, content_type, storage_path, sha256 from services.application_material
				where application_id = :id and position = :position
				""")
			.param("id", applicationId)
			.param("position", position)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional()
			.orElseThrow(() -> new NoSuchRecord("material " + position + " of application " + applicationId));
		if (user.role() != Role.RESIDENT) {
			audit.record(AuditEvent.of("application.material-viewed", "application", application.number(), null,
					Map.of("position", position, "filename", stored[0], "sha256", stored[3])));
		}
		return new Opened(stored[0], FileTypes.FileType.valueOf(stored[1]).mediaType(), store.read(stored[2]));
	}

}

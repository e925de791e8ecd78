package org.chengxiang.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.web.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * An application's uploaded materials. The applicant attaches (or replaces) each material of the item's list while
 * drafting or correcting, checked by {@link Uploads} against what the item accepts. Those who may see the application
 * open them: its applicant, and clerks of the handling department once it is submitted; anyone else finds nothing.
 * Every opening by staff is written to the audit trail, because materials carry personal data.
 */
@Service
@Transactional
class ApplicationMaterials {

	private final Applications applications;

	private final ApplicationSteps steps;

	private final Catalogue catalogue;

	private final MaterialStore store;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ApplicationMaterials(Applications applications, ApplicationSteps steps, Catalogue catalogue, MaterialStore store,
			JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.steps = steps;
		this.catalogue = catalogue;
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Attaches (or replaces) the material at a position of the item's list; type by content, size limited. */
	void attach(long id, int position, MultipartFile file, CurrentUser user) {
		Application application = steps.own(id, user);
		application.attachMaterial();
		Catalogue.Item.Material material = catalogue.get(application.itemCode())
			.material(position)
			.orElseThrow(() -> RuleBroken.at("position", "services.material.unknown"));
		Uploads.Upload upload = Uploads.required(file,
				Uploads.Rules.one("file", material.maxBytes(), types(material)), material.name());
		// the replaced file goes once the replacement is committed, so that replacing cannot fill the disk
		jdbc.sql("delete from services.application_material where application_id = :id and position = :p "
				+ "returning storage_path")
			.param("id", id)
			.param("p", position)
			.query(String.class)
			.optional()
			.ifPresent(store::deleteAfterCommit);
		jdbc.sql("""
				insert into services.application_material (application_id, position, filename, content_type, size_bytes,
				    sha256, storage_path, uploaded_at)
				values (:id, :p, :name, :type, :size, :sha, :path, :at)
				""")
			.param("id", id)
			.param("p", position)
			.param("name", upload.filename())
			.param("type", upload.type().name())
			.param("size", upload.size())
			.param("sha", upload.sha256())
			.param("path", store.store(upload.content()))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		steps.record(id, user, "material", application.status(), application.status(), material.name());
	}

	private static Set<FileTypes.FileType> types(Catalogue.Item.Material material) {
		Set<FileTypes.FileType> types = EnumSet.noneOf(FileTypes.FileType.class);
		for (FileTypes.FileType type : FileTypes.FileType.values()) {
			if (material.formats().contains(type.name())) {
				types.add(type);
			}
		}
		return types;
	}

	/** A material's content with the name it was uploaded under and its media type. */
	record Opened(String filename, String mediaType, byte[] content) {
	}

	Opened open(long applicationId, int position, CurrentUser user) {
		Application application = applications.findVisible(applicationId, user)
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

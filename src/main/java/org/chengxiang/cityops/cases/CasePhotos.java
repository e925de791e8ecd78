package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.web.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos of a case: checked by the platform's upload rules (JPEG or PNG by content, at most
 * {@value #MAX_PHOTOS} at once, each within {@code chengxiang.cityops.photo-max-bytes}), kept as files by
 * {@link PhotoStore} and listed beside the step of the timeline they document.
 */
@Component
class CasePhotos {

	static final int MAX_PHOTOS = 5;

	private final PhotoStore store;

	private final JdbcClient jdbc;

	private final Uploads.Rules rules;

	private final Clock clock;

	CasePhotos(PhotoStore store, JdbcClient jdbc, CaseProperties properties, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.rules = new Uploads.Rules("photos", MAX_PHOTOS, properties.photoMaxBytes(),
				Set.of(FileTypes.FileType.JPEG, FileTypes.FileType.PNG));
		this.clock = clock;
	}

	/** The photos of an upload, checked, before anything is written; none is fine. */
	List<Uploads.Upload> check(List<MultipartFile> files) {
		return Uploads.optional(files, rules, "photo");
	}

	/** Keeps the photos and lists them with the step they document. */
	void attach(long caseId, long stepId, Case.PhotoStage stage, List<Uploads.Upload> photos, String by) {
		for (Uploads.Upload photo : photos) {
			jdbc.sql("""
					insert into cityops.case_photo (case_id, step_id, stage, filename, content_type, size_bytes, sha256,
					    storage_path, uploaded_by, uploaded_at)
					values (:case, :step, :stage, :name, :type, :size, :sha, :path, :by, :at)
					""")
				.param("case", caseId)
				.param("step", stepId)
				.param("stage", stage.name())
				.param("name", photo.filename())
				.param("type", photo.type().name())
				.param("size", photo.size())
				.param("sha", photo.sha256())
				.param("path", store.store(photo.content()))
				.param("by", by)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
	}

}

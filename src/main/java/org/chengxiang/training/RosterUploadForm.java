package org.chengxiang.training;

import org.springframework.web.multipart.MultipartFile;

/** The roster sheet uploaded for a preview. */
record RosterUploadForm(MultipartFile file) {
}

package org.chengxiang.services;

import org.chengxiang.platform.crypto.FileEncryption;
import org.chengxiang.platform.web.FileStore;

import org.springframework.stereotype.Component;

/**
 * Keeps application materials as files outside the database (under {@code chengxiang.services.file-dir}),
 * encrypted and readable by the platform's user alone.
 */
@Component
class MaterialStore extends FileStore {

	MaterialStore(ServicesProperties properties, FileEncryption encryption) {
		super(properties.fileDir(), encryption);
	}

}

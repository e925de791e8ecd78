package org.chengxiang.services;

import org.chengxiang.platform.web.FileStore;

import org.springframework.stereotype.Component;

/**
 * Keeps application materials as files outside the database (under {@code chengxiang.services.file-dir}).
 */
@Component
class MaterialStore extends FileStore {

	MaterialStore(ServicesProperties properties) {
		super(properties.fileDir());
	}

}

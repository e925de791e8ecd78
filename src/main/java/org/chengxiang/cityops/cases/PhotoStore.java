package org.chengxiang.cityops.cases;

import java.nio.file.Path;

import org.chengxiang.platform.crypto.FileEncryption;
import org.chengxiang.platform.web.FileStore;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps case photos as files outside the database: under {@code chengxiang.cityops.file-dir}, by default
 * {@code cityops} in the platform's file directory ({@code chengxiang.services.file-dir}). A file written in a
 * transaction that rolls back is deleted again, so a refused step leaves nothing behind.
 */
@Component
class PhotoStore extends FileStore {

	PhotoStore(CaseProperties properties, Environment environment, FileEncryption encryption) {
		super(directory(properties, environment), encryption);
	}

	private static Path directory(CaseProperties properties, Environment environment) {
		return properties.fileDir() != null ? properties.fileDir()
				: Path.of(environment.getProperty("chengxiang.services.file-dir", "data/files")).resolve("cityops");
	}

}

package org.chengxiang.platform.web;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload made in code rather than by a browser, e.g. the demo data's scans and photos: goes through the same
 * checks as a real upload.
 *
 * @param name the form field
 * @param originalFilename the file name
 * @param contentType the declared type (the checks read the content, not this)
 * @param content the bytes
 */
public record InMemoryUpload(String name, String originalFilename, String contentType, byte[] content)
		implements MultipartFile {

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getOriginalFilename() {
		return originalFilename;
	}

	@Override
	public String getContentType() {
		return contentType;
	}

	@Override
	public boolean isEmpty() {
		return content.length == 0;
	}

	@Override
	public long getSize() {
		return content.length;
	}

	@Override
	public byte[] getBytes() {
		return content.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(content);
	}

	@Override
	public void transferTo(File dest) {
		throw new UnsupportedOperationException("an in-memory upload is read, not moved");
	}

}

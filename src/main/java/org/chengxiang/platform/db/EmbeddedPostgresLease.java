package org.chengxiang.platform.db;

import org.springframework.beans.factory.DisposableBean;

/**
 * Holds the embedded server for one application context. Every datasource bean depends on it, so it is
 * destroyed after the connection pools have closed, and the last lease to go stops the server.
 */
class EmbeddedPostgresLease implements DisposableBean {

	EmbeddedPostgresLease() {
		EmbeddedPostgresServer.acquire();
	}

	@Override
	public void destroy() {
		EmbeddedPostgresServer.release();
	}

}

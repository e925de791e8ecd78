/**
 * Bootstraps the embedded PostgreSQL when no external database is configured.
 */
package org.chengxiang.platform.db;

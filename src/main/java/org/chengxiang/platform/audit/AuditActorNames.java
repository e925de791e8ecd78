package org.chengxiang.platform.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Tells the audit trail's page how to name the actors it recorded by login name: the directory answers with
 * each person's name and unit, so that people read names, not login names.
 */
public interface AuditActorNames {

	/** The name and unit of each known actor, by login name; actors not known are left out. */
	Map<String, String> describe(Collection<String> actors);

}

package org.chengxiang.platform.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

/**
 * One line of the sidebar menu: a heading or a link to a page.
 *
 * @param messageKey message key of the text shown
 * @param path the page's path within the application, {@code null} for a heading
 * @param order the place in the menu (see {@link Navigation} for the ranges)
 * @param audience who sees it; it only hides what the page's own role check refuses anyway
 */
public record NavigationEntry(String messageKey, String path, int order, Predicate<CurrentUser> audience) {

	public NavigationEntry {
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(audience, "audience");
		if (path != null && !path.startsWith("/")) {
			throw new IllegalArgumentException("A menu path starts with /: " + path);
		}
	}

	/**
	 * A heading over the links that follow it. It is shown to its audience only when at least one of those links
	 * is shown to them too.
	 */
	public static NavigationEntry heading(int order, String messageKey, Predicate<CurrentUser> audience) {
		return new NavigationEntry(messageKey, null, order, audience);
	}

	/** A link to a page of the application. */
	public static NavigationEntry link(int order, String messageKey, String path, Predicate<CurrentUser> audience) {
		return new NavigationEntry(messageKey, Objects.requireNonNull(path, "path"), order, audience);
	}

	/** Every signed-in person. */
	public static Predicate<CurrentUser> everyone() {
		return user -> true;
	}

	/** The people holding one of these roles. */
	public static Predicate<CurrentUser> roles(Role first, Role... more) {
		Set<Role> roles = EnumSet.of(first, more);
		return user -> roles.contains(user.role());
	}

	/** Every member of staff, residents excepted. */
	public static Predicate<CurrentUser> staff() {
		return user -> user.role().isStaff();
	}

	public boolean isHeading() {
		return path == null;
	}

	public boolean isShownTo(CurrentUser user) {
		return audience.test(user);
	}

}

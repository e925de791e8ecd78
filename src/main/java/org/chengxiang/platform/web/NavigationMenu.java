package org.chengxiang.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.chengxiang.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The sidebar menu: the entries every module's {@link Navigation} contributes, in their order, as the signed-in
 * person may see them. The layout asks it ({@code @navigationMenu.entriesFor(principal)}).
 */
@Component("navigationMenu")
class NavigationMenu {

	private final List<NavigationEntry> entries;

	NavigationMenu(List<Navigation> navigations) {
		this.entries = navigations.stream()
			.flatMap(navigation -> navigation.entries().stream())
			.sorted(Comparator.comparingInt(NavigationEntry::order))
			.toList();
		refuseSharedPlaces(entries);
	}

	/**
	 * The entries the person sees, in order: the links their audience includes them in, and the headings over at
	 * least one of those. Public because the layout calls it by name, and SpEL finds public methods only.
	 */
	public List<NavigationEntry> entriesFor(Object principal) {
		if (!(principal instanceof CurrentUser user)) {
			return List.of();
		}
		List<NavigationEntry> shown = new ArrayList<>();
		NavigationEntry pendingHeading = null;
		for (NavigationEntry entry : entries) {
			if (entry.isHeading()) {
				pendingHeading = entry.isShownTo(user) ? entry : null;
			}
			else if (entry.isShownTo(user)) {
				if (pendingHeading != null) {
					shown.add(pendingHeading);
					pendingHeading = null;
				}
				shown.add(entry);
			}
		}
		return List.copyOf(shown);
	}

	private static void refuseSharedPlaces(List<NavigationEntry> entries) {
		String shared = entries.stream()
			.collect(Collectors.groupingBy(NavigationEntry::order, Collectors.mapping(NavigationEntry::messageKey,
					Collectors.toList())))
			.entrySet()
			.stream()
			.filter(place -> place.getValue().size() > 1)
			.map(place -> place.getKey() + " " + place.getValue())
			.collect(Collectors.joining(", "));
		if (!shared.isEmpty()) {
			throw new IllegalStateException("Menu entries share a place, give each its own order: " + shared);
		}
	}

}

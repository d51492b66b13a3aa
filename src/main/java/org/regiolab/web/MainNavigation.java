package org.regiolab.web;

import java.util.Comparator;
import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;
import org.regiolab.platform.Navigation.Entry;

import org.springframework.stereotype.Component;

/**
 * The main navigation as the bean {@code navigation}: every module's entries in the order of their
 * positions, and for each person only those whose pages they may open.
 */
@Component("navigation")
class MainNavigation {

	private final List<Entry> entries;

	MainNavigation(List<Navigation> modules) {
		this.entries = modules.stream()
			.flatMap(module -> module.entries().stream())
			.sorted(Comparator.comparingInt(Entry::position))
			.toList();
	}

	/** The entries for the person the current page is rendered for. */
	public List<Entry> visible() {
		return entries.stream().filter(entry -> entry.shownTo().test(Roles.current())).toList();
	}
}

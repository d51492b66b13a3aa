package org.regiolab.portal.web;

import java.util.List;
import java.util.Locale;

import org.regiolab.portal.CityPages;

import org.springframework.stereotype.Component;

/** The city's offer pages in the portal's menu, in the order the office arranged; the layout calls {@code @portalMenu.entries(#locale)}. */
@Component("portalMenu")
class PortalMenu {

	/** A menu entry. */
	record Entry(String title, String url) {
	}

	private final CityPages pages;

	PortalMenu(CityPages pages) {
		this.pages = pages;
	}

	public List<Entry> entries(Locale locale) {
		return pages.all().stream().map(page -> new Entry(page.title(locale), page.url())).toList();
	}
}

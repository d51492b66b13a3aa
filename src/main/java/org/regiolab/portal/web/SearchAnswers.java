package org.regiolab.portal.web;

import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalCategories;
import org.regiolab.portal.PortalSearch;
import org.regiolab.portal.SearchQuery;
import org.regiolab.portal.SearchResult;

import org.springframework.stereotype.Component;

/** What the search page and the search API answer alike, and the searches that found nothing. */
@Component
class SearchAnswers {

	private final PortalSearch search;
	private final PortalCategories categories;
	private final PageStatistics statistics;

	SearchAnswers(PortalSearch search, PortalCategories categories, PageStatistics statistics) {
		this.search = search;
		this.categories = categories;
		this.statistics = statistics;
	}

	/** Searches; a search for words that found nothing is counted for the office. */
	SearchResult search(SearchQuery query) {
		SearchResult result = search.search(query);
		if (result.total() == 0 && query.text() != null && query.page() == 0) {
			statistics.searchFoundNothing(query.text());
		}
		return result;
	}

	PortalCategories categories() {
		return categories;
	}
}

package org.regiolab.portal.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;
import org.regiolab.portal.CityPage;
import org.regiolab.portal.CityPages;
import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.SearchQuery;
import org.regiolab.portal.SearchResult;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's public pages without an account and without JavaScript: the start page with its
 * search box and categories, the search results with facets, and the city's offer pages.
 */
@Controller
class PortalController {

	static final int PAGE_SIZE = 20;

	private final SearchAnswers answers;
	private final CityPages pages;
	private final PageStatistics statistics;

	PortalController(SearchAnswers answers, CityPages pages, PageStatistics statistics) {
		this.answers = answers;
		this.pages = pages;
		this.statistics = statistics;
	}

	@GetMapping("/portal")
	String start(Model model) {
		statistics.viewed("portal");
		model.addAttribute("overview", answers.search(new SearchQuery(null, null, null, false, false, 0, 1)));
		model.addAttribute("pages", pages.all());
		model.addAttribute("categories", answers.categories());
		return "portal/start";
	}

	@GetMapping("/portal/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String district,
			@RequestParam(defaultValue = "false") boolean openNow, @RequestParam(defaultValue = "false") boolean offers,
			@RequestParam(defaultValue = "0") int page, Model model) {
		statistics.viewed("search");
		String text = Texts.blankToNull(q);
		boolean tooLong = text != null && text.length() > SearchQuery.MAX_TEXT;
		if (tooLong) {
			text = text.substring(0, SearchQuery.MAX_TEXT);
		}
		SearchQuery query = new SearchQuery(text, Texts.blankToNull(category), Texts.blankToNull(district), openNow,
				offers, Math.min(Math.max(page, 0), SearchApiController.MAX_PAGE), PAGE_SIZE);
		SearchResult result = answers.search(query);
		model.addAttribute("query", query);
		model.addAttribute("tooLong", tooLong);
		model.addAttribute("result", result);
		model.addAttribute("categories", answers.categories());
		model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return "portal/search";
	}

	@GetMapping("/portal/offers/{slug}")
	String offer(@PathVariable String slug, Model model, Locale locale) {
		CityPage page = pages.bySlug(slug).orElseThrow(() -> NotFoundException.of("page", slug));
		statistics.viewed("page:" + slug);
		model.addAttribute("page", page);
		return "portal/offer";
	}
}

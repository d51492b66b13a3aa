package org.regiolab.portal.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.Texts;
import org.regiolab.portal.IndexStatus;
import org.regiolab.portal.PortalSearch;
import org.regiolab.portal.SearchQuery;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portal's search through the API, for everybody; the index's state and its rebuild for the office. */
@RestController
@RequestMapping(path = "/api/v1/portal/search", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

	static final int MAX_PAGE = 500;

	private final PortalSearch search;
	private final SearchAnswers answers;

	SearchApiController(PortalSearch search, SearchAnswers answers) {
		this.search = search;
		this.answers = answers;
	}

	@Operation(summary = "Full-text search over profiles and city offers with facets (category, district, open now, offers)")
	@GetMapping
	SearchJson search(@RequestParam(required = false) @Nullable @Size(max = SearchQuery.MAX_TEXT) String q,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String district, @RequestParam(defaultValue = "false") boolean openNow,
			@RequestParam(defaultValue = "false") boolean offers,
			@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Locale locale) {
		SearchQuery query = new SearchQuery(Texts.blankToNull(q), Texts.blankToNull(category), Texts.blankToNull(district),
				openNow, offers, page, size);
		return SearchJson.of(answers.search(query), locale, answers.categories());
	}

	@Operation(summary = "The search index: documents, pending changes, rebuild progress")
	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/index")
	IndexStatus index() {
		return search.status();
	}

	@Operation(summary = "Rebuilds the search index from PostgreSQL in the background; GET .../index shows the progress")
	@PreAuthorize(Roles.ADMIN_ONLY)
	@PostMapping("/index/rebuild")
	ResponseEntity<IndexStatus> rebuild() {
		search.rebuild();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(search.status());
	}
}

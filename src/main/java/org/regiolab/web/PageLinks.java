package org.regiolab.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to other pages of the list being shown, keeping every search and filter of the current
 * address; templates call it as {@code @pageLinks.to(n)}.
 */
@Component("pageLinks")
class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}
}

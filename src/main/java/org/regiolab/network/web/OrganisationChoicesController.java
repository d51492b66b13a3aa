package org.regiolab.network.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.OrganisationChoices;
import org.regiolab.network.OrganisationChoices.Choice;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the organisation picker's script asks while someone types: the best matches, as JSON. */
@RestController
class OrganisationChoicesController {

	private final OrganisationChoices choices;

	OrganisationChoicesController(OrganisationChoices choices) {
		this.choices = choices;
	}

	@GetMapping(path = "/network/organisations/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Choice> find(@RequestParam(required = false) @Nullable String q) {
		return choices.find(q);
	}
}

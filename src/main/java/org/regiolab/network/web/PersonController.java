package org.regiolab.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.Consent;
import org.regiolab.network.ConsentPurpose;
import org.regiolab.network.OrganisationChoices;
import org.regiolab.network.OrganisationChoices.Search;
import org.regiolab.network.PeopleList;
import org.regiolab.network.PersonRegistry;
import org.regiolab.network.PersonView;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's contact people; personal data, so for coordinators and administrators only. */
@Controller
@RequestMapping("/network/people")
@PreAuthorize(Roles.MAY_EDIT)
class PersonController {

	static final String LIST = "network/people";
	static final String DETAIL = "network/person";
	static final String FORM = "network/person-form";
	static final int PAGE_SIZE = 25;

	private final PeopleList list;
	private final PersonRegistry registry;
	private final OrganisationChoices organisations;
	private final Clock clock;

	PersonController(PeopleList list, PersonRegistry registry, OrganisationChoices organisations, Clock clock) {
		this.list = list;
		this.registry = registry;
		this.organisations = organisations;
		this.clock = clock;
	}

	@InitBinder("person")
	void personFields(WebDataBinder binder) {
		binder.setAllowedFields("givenName", "familyName", "email", "phone", "organizationId", "function", "purposes");
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", list.find(q, null, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		return LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("person", load(id));
		return DETAIL;
	}

	/** Everything stored about the person, as a JSON file to hand over. */
	@GetMapping(path = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> export(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("person-" + id + ".json").build().toString())
			.body(registry.export(id));
	}

	@PostMapping("/{id}/erase")
	String erase(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.erase(id);
		redirect.addFlashAttribute("erased", true);
		return "redirect:/network/people";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		PersonForm person = new PersonForm();
		model.addAttribute("person", person);
		return form(model, person, Search.NONE);
	}

	@PostMapping
	String processCreate(@Valid @ModelAttribute("person") PersonForm person, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(null, person, Set.of(), result, model, redirect);
	}

	@PostMapping(params = OrganisationChoices.SEARCH)
	String searchCreate(@ModelAttribute("person") PersonForm person, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		return form(model, person, Search.of(parameters));
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		PersonForm person = PersonForm.of(load(id).data(), today());
		model.addAttribute("person", person);
		model.addAttribute("id", id);
		return form(model, person, Search.NONE);
	}

	@PostMapping("/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm person, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("id", id);
		return save(id, person, load(id).data().consents(), result, model, redirect);
	}

	@PostMapping(path = "/{id}", params = OrganisationChoices.SEARCH)
	String searchUpdate(@PathVariable UUID id, @ModelAttribute("person") PersonForm person, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		load(id);
		model.addAttribute("id", id);
		return form(model, person, Search.of(parameters));
	}

	private String save(@Nullable UUID id, PersonForm person, Set<Consent> before, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<UUID> saved = FormSubmission.attempt(result, () -> {
			if (id == null) {
				return registry.create(person.toData(before, today()));
			}
			registry.update(id, person.toData(before, today()));
			return id;
		});
		if (saved.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/network/people/" + saved.get();
		}
		return form(model, person, Search.NONE);
	}

	private String form(Model model, PersonForm person, Search search) {
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("organisationPicker", organisations.picker("organizationId", person.getOrganizationId(), search));
		return FORM;
	}

	private PersonView load(UUID id) {
		return registry.find(id).orElseThrow(() -> NotFoundException.of("person", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}

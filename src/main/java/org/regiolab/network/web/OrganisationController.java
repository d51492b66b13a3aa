package org.regiolab.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.NetworkLists;
import org.regiolab.network.NetworkLists.OrganisationFilter;
import org.regiolab.network.NetworkLists.OrganisationRow;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.OrganisationRegistry;
import org.regiolab.network.OrganisationView;
import org.regiolab.network.ParticipationSource;
import org.regiolab.network.ReferenceData;
import org.regiolab.platform.CsvExport;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;

import org.springframework.context.support.MessageSourceAccessor;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations of the network: everyone signed in reads, coordinators and administrators edit. */
@Controller
@RequestMapping("/network/organisations")
class OrganisationController {

	static final String LIST = "network/organisations";
	static final String DETAIL = "network/organisation";
	static final String FORM = "network/organisation-form";
	static final int PAGE_SIZE = 25;

	private final NetworkLists lists;
	private final OrganisationRegistry registry;
	private final ReferenceData reference;
	private final List<ParticipationSource> participations;
	private final MessageSourceAccessor messages;

	OrganisationController(NetworkLists lists, OrganisationRegistry registry, ReferenceData reference,
			List<ParticipationSource> participations, MessageSourceAccessor messages) {
		this.lists = lists;
		this.registry = registry;
		this.reference = reference;
		this.participations = participations;
		this.messages = messages;
	}

	@InitBinder("organisation")
	void organisationFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "kind", "sectorCode", "regionKey", "street", "postalCode", "city", "website",
				"description");
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable OrganisationKind kind,
			@RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		model.addAttribute("rows",
				lists.organisations(new OrganisationFilter(q, kind, sector, region, alliance), Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("alliance", alliance == null ? null : alliance.toString());
		model.addAttribute("alliances", lists.alliances(null, null, 0, 1000).items().stream()
			.map(row -> new ReferenceData.Entry(row.id().toString(), row.name()))
			.toList());
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("sector", sector);
		model.addAttribute("region", region);
		addChoices(model, locale);
		return LIST;
	}

	/** The filtered list as CSV, every page of it. */
	@GetMapping(path = "/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable OrganisationKind kind,
			@RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable UUID alliance, Locale locale) {
		var filter = new OrganisationFilter(q, kind, sector, region, alliance);
		return CsvExport.<OrganisationRow>of("organisationen.csv", List.of(messages.getMessage("import.field.name", locale), messages.getMessage("import.field.kind", locale),
				messages.getMessage("import.field.sectorCode", locale), messages.getMessage("import.field.regionKey", locale),
				messages.getMessage("import.field.postalCode", locale), messages.getMessage("import.field.city", locale),
				messages.getMessage("organisations.alliances", locale)), row -> lists.forEachOrganisation(filter, row),
				row -> List.of(row.name(), messages.getMessage("organisation.kind." + row.kind(), locale), nonNull(row.sectorCode()),
						nonNull(row.regionKey()), nonNull(row.postalCode()), nonNull(row.city()), nonNull(row.alliances())));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		OrganisationView organisation = load(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("participations",
				participations.stream().flatMap(source -> source.participationsOf(id).stream()).toList());
		return DETAIL;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/new")
	String initCreate(Model model, Locale locale) {
		model.addAttribute("organisation", new OrganisationForm());
		addChoices(model, locale);
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping
	String processCreate(@Valid @ModelAttribute("organisation") OrganisationForm organisation, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, () -> registry.create(organisation.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/network/organisations/" + id.get();
		}
		addChoices(model, locale);
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("organisation", OrganisationForm.of(load(id).data()));
		model.addAttribute("id", id);
		addChoices(model, locale);
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("organisation") OrganisationForm organisation, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> registry.update(id, organisation.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/network/organisations/" + id;
		}
		model.addAttribute("id", id);
		addChoices(model, locale);
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/network/organisations";
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

	private OrganisationView load(UUID id) {
		return registry.find(id).orElseThrow(() -> NotFoundException.of("organisation", id));
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sectors", reference.sectors(!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())));
		model.addAttribute("regions", reference.regions());
	}
}

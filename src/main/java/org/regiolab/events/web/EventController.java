package org.regiolab.events.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventList;
import org.regiolab.events.EventList.EventFilter;
import org.regiolab.events.EventList.Sort;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.EventStatistics;
import org.regiolab.events.EventView;
import org.regiolab.events.RegistrationDesk;
import org.regiolab.events.RegistrationOutcome;
import org.regiolab.events.RegistrationRefusedException;
import org.regiolab.events.RegistrationRequest;
import org.regiolab.events.RegistrationView;
import org.regiolab.events.Registrations;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.CsvExport;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of events: the list, an event's page with its programme, funding notice and
 * registration form, and the page behind the cancellation link in every mail.
 */
@Controller
class EventController {

	static final int PAGE_SIZE = 20;
	static final int ORGANISATION_CHOICES = 2000;

	/** Which events the list shows by default: those still to come. */
	enum When {
		UPCOMING, PAST, ALL
	}

	private final EventRegistry events;
	private final EventList list;
	private final RegistrationDesk desk;
	private final Registrations registrations;
	private final EventStatistics statistics;
	private final NetworkDirectory network;
	private final FundingProgrammes funding;
	private final MessageSourceAccessor messages;
	private final Clock clock;

	EventController(EventRegistry events, EventList list, RegistrationDesk desk, Registrations registrations,
			EventStatistics statistics, NetworkDirectory network, FundingProgrammes funding, MessageSourceAccessor messages,
			Clock clock) {
		this.events = events;
		this.list = list;
		this.desk = desk;
		this.registrations = registrations;
		this.statistics = statistics;
		this.network = network;
		this.funding = funding;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable EventKind kind,
			@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(defaultValue = "UPCOMING") When when,
			@RequestParam(defaultValue = "STARTS_AT") Sort sort, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", list.find(filter(q, kind, alliance, when), sort, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("alliance", alliance);
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("when", when);
		model.addAttribute("whens", When.values());
		model.addAttribute("sort", sort);
		model.addAttribute("sorts", Sort.values());
		return "events/events";
	}

	@GetMapping(path = "/events/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable EventKind kind, @RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(defaultValue = "UPCOMING") When when, @RequestParam(defaultValue = "STARTS_AT") Sort sort,
			Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.getMessage("events.time.pattern", locale), locale);
		return CsvExport.<EventList.EventRow>of("veranstaltungen.csv", List.of(messages.getMessage("events.title", locale), messages.getMessage("events.kind", locale),
				messages.getMessage("events.startsAt", locale), messages.getMessage("events.endsAt", locale), messages.getMessage("events.location", locale),
				messages.getMessage("events.alliance", locale), messages.getMessage("events.capacity", locale), messages.getMessage("events.confirmed", locale),
				messages.getMessage("events.waitlisted", locale)),
				row -> list.forEach(filter(q, kind, alliance, when), sort, row),
				row -> List.of(row.title(), messages.getMessage("event.kind." + row.kind(), locale), time.format(row.startsAt()),
						time.format(row.endsAt()), row.location() == null ? "" : row.location(),
						row.allianceName() == null ? "" : row.allianceName(),
						row.capacity() == null ? "" : row.capacity().toString(), Integer.toString(row.confirmed()),
						Integer.toString(row.waitlisted())));
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable UUID id, Model model) {
		EventView event = EventAccess.visible(events.load(id));
		model.addAttribute("event", event);
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", RegistrationForm.empty());
		}
		addPage(model, event);
		return "events/event";
	}

	@PostMapping("/events/{id}/registrations")
	String register(@PathVariable UUID id, @Valid @ModelAttribute("registration") RegistrationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		EventView event = EventAccess.visible(events.load(id));
		if (!form.agreed()) {
			result.rejectValue("privacy", "event.registration.privacy.required");
		}
		if (!result.hasErrors()) {
			String organisation = Texts.blankToNull(form.organisation());
			UUID known = organisation == null ? null : network.organisationNamed(organisation).orElse(null);
			try {
				RegistrationOutcome outcome = desk.register(new RegistrationRequest(id, form.givenName().strip(),
						form.familyName().strip(), form.email().strip(), known, known == null ? organisation : null,
						Boolean.TRUE.equals(form.consentToContact()), locale.getLanguage().equals("en") ? "en" : "de", EventAccess.account()));
				redirect.addFlashAttribute("outcome", outcome);
				return "redirect:/events/" + id + "#registration";
			}
			catch (RegistrationRefusedException ex) {
				model.addAttribute("refused", ex.reason());
			}
		}
		model.addAttribute("event", event);
		addPage(model, event);
		return "events/event";
	}

	@GetMapping("/events/registrations/{token}")
	String cancellation(@PathVariable String token, Model model) {
		RegistrationView registration = registrations.byToken(token)
			.orElseThrow(() -> new NotFoundException("No registration"));
		model.addAttribute("registration", registration);
		model.addAttribute("token", token);
		model.addAttribute("event", events.load(registration.event()));
		return "events/cancellation";
	}

	@PostMapping("/events/registrations/{token}")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		registrations.cancelByToken(token);
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/events/registrations/" + token;
	}

	private void addPage(Model model, EventView event) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean opened = event.data().registrationOpensAt() == null || !now.isBefore(event.data().registrationOpensAt());
		OffsetDateTime closes = event.data().registrationClosesAt() != null ? event.data().registrationClosesAt()
				: event.data().startsAt();
		model.addAttribute("registrationOpen", opened && now.isBefore(closes));
		model.addAttribute("registrationNotYetOpen", !opened);
		model.addAttribute("organisations", network.organisationNameList(ORGANISATION_CHOICES));
		model.addAttribute("logo", event.fundingProgramme() == null ? null
				: funding.logo(event.fundingProgramme().id())
					.map(logo -> "data:" + logo.mediaType() + ";base64," + Base64.getEncoder().encodeToString(logo.content()))
					.orElse(null));
		if (Roles.mayEdit(Roles.current())) {
			EventStatistics.Figures figures = statistics.ofEvent(event.id());
			model.addAttribute("figures", figures);
			model.addAttribute("kindBars", Bars.of(figures.byOrganizationKind()));
		}
	}

	private EventFilter filter(@Nullable String q, @Nullable EventKind kind, @Nullable UUID alliance, When when) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new EventFilter(q, kind, alliance, when == When.UPCOMING ? now : null, when == When.PAST ? now : null,
				!Roles.signedIn(Roles.current()));
	}
}

package org.regiolab.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.Feedback;
import org.regiolab.feedback.FeedbackAnalysis;
import org.regiolab.feedback.FeedbackFilter;
import org.regiolab.feedback.FeedbackFilter.Visibility;
import org.regiolab.feedback.FeedbackRecords;
import org.regiolab.feedback.FeedbackScope;
import org.regiolab.feedback.Station;
import org.regiolab.feedback.StationCodes;
import org.regiolab.feedback.Stations;
import org.regiolab.feedback.ThemedWorlds;
import org.regiolab.platform.CsvExport;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.Slug;
import org.regiolab.platform.Texts;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A station's page for the lab team: what its visitors said, summed up and one by one, where
 * abusive feedback is hidden and feedback is tagged with themes; its printable card with the QR code.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class StationController {

	static final String DETAIL = "feedback/station";
	static final String CARD = "feedback/card";
	static final int PAGE_SIZE = 20;

	private final Stations stations;
	private final ThemedWorlds worlds;
	private final FeedbackAnalysis analysis;
	private final FeedbackRecords records;
	private final StationCodes codes;
	private final MessageSourceAccessor messages;

	StationController(Stations stations, ThemedWorlds worlds, FeedbackAnalysis analysis, FeedbackRecords records,
			StationCodes codes, MessageSourceAccessor messages) {
		this.stations = stations;
		this.worlds = worlds;
		this.analysis = analysis;
		this.records = records;
		this.codes = codes;
		this.messages = messages;
	}

	@GetMapping("/stations/{id}")
	String station(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(required = false) @Nullable Integer rating,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "ALL") Visibility visibility, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Station station = stations.load(id);
		FeedbackFilter filter = new FeedbackFilter(id, from, to, rating, q, theme, visibility);
		model.addAttribute("station", station);
		model.addAttribute("world", worlds.load(station.themedWorld()));
		model.addAttribute("summary", analysis.summarize(FeedbackScope.station(id, from, to)));
		model.addAttribute("rows", records.page(filter, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("target", codes.target(id));
		return DETAIL;
	}

	/** Hides or shows a feedback and sets its themes; htmx swaps the row, a plain form returns to the list. */
	@PostMapping("/feedback/{id}/moderation")
	String moderate(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean hidden,
			@RequestParam(defaultValue = "") String themes, Authentication user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		List<String> tags = List.of(themes.split(","));
		Feedback feedback = FormSubmission.attempt(() -> records.moderate(id, hidden, tags, user.getName()), refusal -> {
			model.addAttribute("moderationError", id);
			return records.load(id);
		});
		if (request.getHeader("HX-Request") != null) {
			model.addAttribute("row", feedback);
			model.addAttribute("station", stations.load(feedback.station()));
			return "feedback/feedback-row :: row";
		}
		redirect.addFlashAttribute("moderated", true);
		return "redirect:/stations/" + feedback.station() + "#feedback-" + id;
	}

	/** The station's feedback as CSV, filtered as the list is, every page of it. */
	@GetMapping(path = "/stations/{id}/feedback.csv", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(required = false) @Nullable Integer rating,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "ALL") Visibility visibility, Locale locale) {
		Station station = stations.load(id);
		var filter = new FeedbackFilter(id, from, to, rating, q, theme, visibility);
		return CsvExport.<Feedback>of(Slug.of(station.data().name(), 80) + ".csv",
				List.of(messages.getMessage("feedback.capturedAt", locale), messages.getMessage("feedback.rating", locale),
						messages.getMessage("feedback.works", locale), messages.getMessage("feedback.improvements", locale), messages.getMessage("feedback.ideas", locale),
						messages.getMessage("feedback.answers", locale), messages.getMessage("feedback.hidden", locale), messages.getMessage("feedback.themes", locale)),
				row -> records.forEach(filter, row), row -> List.of(row.data().capturedAt(), row.data().rating(), nothing(row.data().works()),
						nothing(row.data().improvements()), nothing(row.data().ideas()), row.data().answers().toString(),
						row.hidden() ? messages.getMessage("feedback.hidden.yes", locale) : "",
						String.join(", ", row.themes())));
	}

	@GetMapping("/stations/{id}/card")
	String card(@PathVariable UUID id, Model model) {
		Station station = stations.load(id);
		model.addAttribute("station", station);
		model.addAttribute("world", worlds.load(station.themedWorld()));
		model.addAttribute("qr", codes.svg(id, station.data().name()));
		model.addAttribute("target", codes.target(id));
		return CARD;
	}

	/** The QR code for the card's own page: the API's copy needs HTTP Basic or a token, a browser has a session. */
	@GetMapping(path = "/stations/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrSvg(@PathVariable UUID id) {
		return ResponseEntity.ok(codes.svg(id, stations.load(id).data().name()));
	}

	@GetMapping(path = "/stations/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrPng(@PathVariable UUID id) {
		stations.load(id);
		return ResponseEntity.ok(codes.png(id, 12));
	}

	private static String nothing(@Nullable String text) {
		return Texts.blankToNull(text) == null ? "" : text;
	}
}

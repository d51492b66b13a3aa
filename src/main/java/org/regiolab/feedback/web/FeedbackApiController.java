package org.regiolab.feedback.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.Feedback;
import org.regiolab.feedback.FeedbackAnalysis;
import org.regiolab.feedback.FeedbackFilter;
import org.regiolab.feedback.FeedbackFilter.Visibility;
import org.regiolab.feedback.FeedbackIntake;
import org.regiolab.feedback.FeedbackIntake.Intake;
import org.regiolab.feedback.FeedbackRecords;
import org.regiolab.feedback.FeedbackScope;
import org.regiolab.feedback.FeedbackSummary;
import org.regiolab.feedback.Stations;
import org.regiolab.feedback.ThemedWorlds;
import org.regiolab.platform.ApiProblems;
import org.regiolab.platform.ItemsPage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback through the API: kiosks and visitors' phones send it without an account; the lab team
 * reads, moderates and sums it up.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApiController {

	private final FeedbackIntake intake;
	private final FeedbackRecords records;
	private final FeedbackAnalysis analysis;
	private final Stations stations;
	private final ThemedWorlds worlds;
	private final DeviceRateLimit rateLimit;
	private final ApiProblems problems;
	private final MessageSource messages;

	FeedbackApiController(FeedbackIntake intake, FeedbackRecords records, FeedbackAnalysis analysis, Stations stations,
			ThemedWorlds worlds, DeviceRateLimit rateLimit, ApiProblems problems,
			MessageSource messages) {
		this.intake = intake;
		this.records = records;
		this.analysis = analysis;
		this.stations = stations;
		this.worlds = worlds;
		this.rateLimit = rateLimit;
		this.problems = problems;
		this.messages = messages;
	}

	record ModerationInput(@NotNull Boolean hidden, @Nullable List<String> themes) {
	}

	@Operation(summary = "Submit a visitor's feedback",
			description = "201 for a new feedback, 200 with the stored one when its id was sent before; 429 when the "
					+ "device sent too much, to be retried later.")
	@PostMapping(path = "/stations/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> submit(@PathVariable UUID id, @Valid @RequestBody FeedbackInput input, HttpServletRequest request,
			Locale locale) {
		if (input.fromBot()) {
			// a bot learns nothing from the answer, and nothing is stored
			return ResponseEntity.accepted().build();
		}
		// an unknown station is refused before it gets an allowance in the rate limit's memory
		intake.checkStation(id);
		if (!rateLimit.allows(id, request)) {
			ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, locale);
			problem.setDetail(messages.getMessage("feedback.rateLimited", null, locale));
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, "60")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Intake stored = intake.submit(id, input.toData());
		FeedbackJson body = FeedbackJson.forDevice(stored.feedback());
		return stored.created() ? ResponseEntity.created(URI.create("/api/v1/feedback/" + input.id())).body(body)
				: ResponseEntity.ok(body);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/stations/{id}/feedback")
	ItemsPage<FeedbackJson> list(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable @Min(1) @Max(5) Integer rating,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "ALL") Visibility visibility, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		stations.load(id);
		ItemsPage<Feedback> found = records
			.page(new FeedbackFilter(id, from, to, rating, q, theme, visibility), page, size);
		return new ItemsPage<>(found.items().stream().map(FeedbackJson::forLabTeam).toList(), found.total(), page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/feedback/{id}/moderation", consumes = MediaType.APPLICATION_JSON_VALUE)
	FeedbackJson moderate(@PathVariable UUID id, @Valid @RequestBody ModerationInput input, Authentication user) {
		return FeedbackJson.forLabTeam(records.moderate(id, input.hidden(),
				input.themes() == null ? List.of() : input.themes(), user.getName()));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/stations/{id}/feedback/summary")
	FeedbackSummary stationSummary(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return analysis.summarize(FeedbackScope.station(id, from, to));
	}

	@Operation(summary = "Sum up a themed world's feedback, or one company's stations' in it")
	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/themed-worlds/{id}/feedback/summary")
	FeedbackSummary worldSummary(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to) {
		worlds.load(id);
		return analysis.summarize(organizationId == null ? FeedbackScope.themedWorld(id, from, to)
				: FeedbackScope.company(id, organizationId, from, to));
	}
}

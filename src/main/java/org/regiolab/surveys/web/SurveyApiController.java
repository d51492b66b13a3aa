package org.regiolab.surveys.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;
import org.regiolab.platform.ItemsPage;
import org.regiolab.surveys.Audience;
import org.regiolab.surveys.InvitationRound;
import org.regiolab.surveys.ResultFilter;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyResult;
import org.regiolab.surveys.SurveyResults;
import org.regiolab.surveys.SurveyFunding;
import org.regiolab.surveys.Surveys;
import org.regiolab.surveys.Invitations;
import org.regiolab.surveys.Responses;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Surveys, their questions, invitations, results and responses through the API; for those who may edit. */
@RestController
@PreAuthorize(Roles.MAY_EDIT)
@RequestMapping(path = "/api/v1/surveys", produces = MediaType.APPLICATION_JSON_VALUE)
class SurveyApiController {

	/** Invitations to send: whom, and the round's outcome by name. */
	record InvitationsJson(int invited, List<String> excluded, int invitedBefore) {

		static InvitationsJson of(InvitationRound round) {
			return new InvitationsJson(round.invited().size(),
					round.excluded().stream().map(contact -> contact.name()).toList(), round.invitedBefore().size());
		}
	}

	/** The funding programmes that pay for a survey, in place of those named before. */
	record SurveyFundingInput(@NotNull List<UUID> programmeIds) {
	}

	private final Surveys surveys;
	private final Invitations invitations;
	private final SurveyResults results;
	private final Responses responses;
	private final SurveyFunding funding;

	SurveyApiController(Surveys surveys, Invitations invitations, SurveyResults results, Responses responses,
			SurveyFunding funding) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.results = results;
		this.responses = responses;
		this.funding = funding;
	}

	@GetMapping
	ItemsPage<Surveys.SurveyRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(required = false) @Nullable UUID lab,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return surveys.list(q, alliance, lab, page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Survey> create(@Valid @RequestBody SurveyInput input) {
		UUID id = surveys.create(input.toData(SurveyDefinition.empty()));
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(surveys.load(id));
	}

	@GetMapping("/{id}")
	Survey get(@PathVariable UUID id) {
		return surveys.load(id);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Survey update(@PathVariable UUID id, @Valid @RequestBody SurveyInput input) {
		surveys.update(id, input.toData(surveys.load(id).data().definition()));
		return surveys.load(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		surveys.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/questions")
	SurveyDefinition questions(@PathVariable UUID id) {
		return surveys.load(id).data().definition();
	}

	@PutMapping(path = "/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	SurveyDefinition changeQuestions(@PathVariable UUID id, @Valid @NotNull @RequestBody SurveyDefinition definition) {
		surveys.changeQuestions(id, definition);
		return surveys.load(id).data().definition();
	}

	@PostMapping("/{id}/copy")
	ResponseEntity<Survey> copy(@PathVariable UUID id) {
		UUID copy = surveys.copy(id);
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + copy)).body(surveys.load(copy));
	}

	@PostMapping(path = "/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
	InvitationsJson invite(@PathVariable UUID id, @Valid @NotNull @RequestBody Audience audience) {
		return InvitationsJson.of(invitations.invite(id, audience));
	}

	@GetMapping("/{id}/funding")
	List<FundingProgramme> funding(@PathVariable UUID id) {
		return funding.of(id);
	}

	@PutMapping(path = "/{id}/funding", consumes = MediaType.APPLICATION_JSON_VALUE)
	List<FundingProgramme> changeFunding(@PathVariable UUID id, @Valid @NotNull @RequestBody SurveyFundingInput input) {
		funding.change(id, input.programmeIds());
		return funding.of(id);
	}

	@GetMapping("/{id}/results")
	SurveyResult results(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String question, @RequestParam(required = false) @Nullable Integer option,
			Locale locale) {
		return results.of(id, new ResultFilter(kind, sector, region, question, option), locale);
	}

	@GetMapping("/{id}/responses")
	ItemsPage<Responses.ResponseJson> responses(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return responses.list(id, page, size);
	}
}

package org.regiolab.surveys.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.surveys.CodeBooks;
import org.regiolab.surveys.Codings;
import org.regiolab.surveys.InterviewGuides;
import org.regiolab.surveys.Interviews;
import org.regiolab.surveys.web.InterviewJson.CodeJson;
import org.regiolab.surveys.web.InterviewJson.CodingJson;
import org.regiolab.surveys.web.InterviewJson.GuideJson;
import org.regiolab.surveys.web.InterviewJson.InterviewFullJson;
import org.regiolab.surveys.web.InterviewJson.MatrixJson;

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
import org.springframework.web.bind.annotation.RestController;

/** Interview guides, interviews, code books and codings through the API; members only, as notes are personal data. */
@RestController
@PreAuthorize(Roles.MAY_EDIT)
@RequestMapping(path = "/api/v1/interviews", produces = MediaType.APPLICATION_JSON_VALUE)
class InterviewApiController {

	private final InterviewGuides guides;
	private final Interviews interviews;
	private final CodeBooks codes;
	private final Codings codings;

	InterviewApiController(InterviewGuides guides, Interviews interviews, CodeBooks codes, Codings codings) {
		this.guides = guides;
		this.interviews = interviews;
		this.codes = codes;
		this.codings = codings;
	}

	@GetMapping("/guides")
	List<InterviewGuides.GuideRow> guides() {
		return guides.list();
	}

	@PostMapping(path = "/guides", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<GuideJson> createGuide(@Valid @RequestBody InterviewInput.Guide input) {
		UUID id = guides.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/interviews/guides/" + id)).body(GuideJson.of(guides.load(id)));
	}

	@GetMapping("/guides/{id}")
	GuideJson guide(@PathVariable UUID id) {
		return GuideJson.of(guides.load(id));
	}

	@PutMapping(path = "/guides/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	GuideJson updateGuide(@PathVariable UUID id, @Valid @RequestBody InterviewInput.Guide input) {
		guides.update(id, input.toData());
		return GuideJson.of(guides.load(id));
	}

	@DeleteMapping("/guides/{id}")
	ResponseEntity<Void> deleteGuide(@PathVariable UUID id) {
		guides.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/guides/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<GuideJson> addQuestion(@PathVariable UUID id, @Valid @RequestBody InterviewInput.Question input) {
		guides.addQuestion(id, input.toText(), input.position());
		return ResponseEntity.created(URI.create("/api/v1/interviews/guides/" + id)).body(GuideJson.of(guides.load(id)));
	}

	@PutMapping(path = "/guides/{id}/questions/{question}", consumes = MediaType.APPLICATION_JSON_VALUE)
	GuideJson changeQuestion(@PathVariable UUID id, @PathVariable UUID question,
			@Valid @RequestBody InterviewInput.Question input) {
		guides.changeQuestion(id, question, input.toText());
		return GuideJson.of(guides.load(id));
	}

	@DeleteMapping("/guides/{id}/questions/{question}")
	ResponseEntity<Void> deleteQuestion(@PathVariable UUID id, @PathVariable UUID question) {
		guides.deleteQuestion(id, question);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/guides/{id}/interviews")
	List<Interviews.InterviewRow> interviews(@PathVariable UUID id) {
		guides.load(id);
		return interviews.list(id);
	}

	@PostMapping(path = "/guides/{id}/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<InterviewFullJson> createInterview(@PathVariable UUID id,
			@Valid @RequestBody InterviewInput.Interview input) {
		UUID interview = interviews.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/interviews/" + interview)).body(interview(interview));
	}

	@GetMapping("/{id}")
	InterviewFullJson interview(@PathVariable UUID id) {
		var interview = interviews.load(id);
		return InterviewFullJson.of(interview, guides.load(interview.guide()));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	InterviewFullJson updateInterview(@PathVariable UUID id, @Valid @RequestBody InterviewInput.Interview input) {
		interviews.update(id, input.toData());
		return interview(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> deleteInterview(@PathVariable UUID id) {
		interviews.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/guides/{id}/codes")
	List<CodeJson> codes(@PathVariable UUID id) {
		guides.load(id);
		return codes.of(id).stream().map(CodeJson::of).toList();
	}

	@PostMapping(path = "/guides/{id}/codes", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CodeJson> createCode(@PathVariable UUID id, @Valid @RequestBody InterviewInput.Code input) {
		UUID code = codes.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/interviews/codes/" + code)).body(CodeJson.of(codes.load(code)));
	}

	@GetMapping("/codes/{id}")
	CodeJson code(@PathVariable UUID id) {
		return CodeJson.of(codes.load(id));
	}

	@PutMapping(path = "/codes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	CodeJson updateCode(@PathVariable UUID id, @Valid @RequestBody InterviewInput.Code input) {
		codes.update(id, input.toData());
		return CodeJson.of(codes.load(id));
	}

	@DeleteMapping("/codes/{id}")
	ResponseEntity<Void> deleteCode(@PathVariable UUID id) {
		codes.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/codings")
	List<CodingJson> codings(@PathVariable UUID id) {
		return interviews.load(id).codings().stream().map(CodingJson::of).toList();
	}

	@PostMapping(path = "/{id}/codings", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CodingJson> code(@PathVariable UUID id, @Valid @RequestBody InterviewInput.Coding input) {
		UUID coding = codings.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/interviews/codings/" + coding)).body(CodingJson.of(codings.load(coding)));
	}

	@GetMapping("/codings/{id}")
	CodingJson coding(@PathVariable UUID id) {
		return CodingJson.of(codings.load(id));
	}

	@DeleteMapping("/codings/{id}")
	ResponseEntity<Void> deleteCoding(@PathVariable UUID id) {
		codings.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/guides/{id}/matrix")
	MatrixJson matrix(@PathVariable UUID id) {
		return MatrixJson.of(codings.matrix(id));
	}
}

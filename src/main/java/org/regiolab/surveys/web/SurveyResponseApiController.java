package org.regiolab.surveys.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.regiolab.surveys.Answer;
import org.regiolab.surveys.Answering;
import org.regiolab.surveys.SurveyClosedException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A whole response sent at once through a personal link, without an account: 201 when stored, 200
 * when the link had answered before (nothing stored again), 409 when the survey is closed, 422 naming
 * the first wrong answer. A file question is answered with a file of a name and its content in
 * Base64, checked as on the answer page; the API's body limit ({@code regiolab.max-request-body},
 * 1 MB unless configured) bounds what a file may weigh here.
 */
@RestController
class SurveyResponseApiController {

	/** The answers by question key. */
	record ResponseInput(@NotNull Map<String, Answer> answers) {
	}

	record ResponseReceipt(boolean stored) {
	}

	private final Answering answering;

	SurveyResponseApiController(Answering answering) {
		this.answering = answering;
	}

	@Operation(summary = "Submit a whole response through a personal link",
			description = "Answers by question key: {\"choices\": [0]}, {\"number\": 7}, {\"date\": \"2026-11-22\"}, {\"text\": \"…\"}, "
					+ "{\"items\": {\"0\": 2}} for a matrix or a ranking, and for a file question {\"file\": {\"name\": \"plan.pdf\", "
					+ "\"contentBase64\": \"JVBERi0…\"}}. A file is accepted by its content (PDF, PNG/JPEG, DOCX, XLSX or UTF-8 text, "
					+ "as the question allows) and size, never by its name; content that is not Base64 is refused with 422 naming "
					+ "answers.<key>.file.contentBase64, a file that does not fit with 422 naming answers.<key>. The body limit of "
					+ "the API (regiolab.max-request-body, 1 MB unless configured) bounds a file sent here; larger files go through the answer page.")
	@PostMapping(path = "/api/v1/survey-responses/{token}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ResponseReceipt> respond(@PathVariable String token, @Valid @RequestBody ResponseInput input) {
		boolean stored = answering.respond(token, input.answers() == null ? Map.of() : input.answers());
		return ResponseEntity.status(stored ? HttpStatus.CREATED : HttpStatus.OK).body(new ResponseReceipt(stored));
	}

	@ExceptionHandler(SurveyClosedException.class)
	ProblemDetail closed(SurveyClosedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}
}

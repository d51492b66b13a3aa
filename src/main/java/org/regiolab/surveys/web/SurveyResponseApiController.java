package org.regiolab.surveys.web;

import java.util.Map;

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
 * the first wrong answer.
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

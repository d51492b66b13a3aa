package org.regiolab.platform;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problem details the API answers errors with, in the caller's language.
 * The wording for a status comes from the message keys {@code problem.<status>.title} and
 * {@code problem.<status>.detail}.
 */
@Component
public class ApiProblems {

	public static final String API_PREFIX = "/api/";

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatusCode status, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(text("problem." + status.value() + ".title", "problem.default.title", locale));
		problem.setDetail(text("problem." + status.value() + ".detail", "problem.default.detail", locale));
		return problem;
	}

	public ResponseEntity<ProblemDetail> response(HttpStatusCode status, Locale locale, String path) {
		ProblemDetail problem = problem(status, locale);
		problem.setInstance(URI.create(path));
		return response(problem);
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	public static boolean isApiPath(String path) {
		return path != null && path.startsWith(API_PREFIX);
	}

	private String text(String key, String fallbackKey, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		return text != null ? text : messages.getMessage(fallbackKey, null, locale);
	}
}

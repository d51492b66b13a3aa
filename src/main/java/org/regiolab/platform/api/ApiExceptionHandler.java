package org.regiolab.platform.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.regiolab.platform.ApiProblems;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of an API controller with problem details in the caller's language: 422
 * with the offending fields for invalid input, 413 for an oversized body, 404 for a
 * {@link NotFoundException}, and a plain 500 that tells nothing of the inside for anything
 * unexpected (a stray {@link java.util.NoSuchElementException} included), logged with its stack
 * trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ApiProblems problems;
	private final MessageSource messages;

	ApiExceptionHandler(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(ex.getBindingResult(), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new FieldMessage(result.getMethodParameter().getParameterName(),
						messages.getMessage(error, locale))))
			.toList();
		return unprocessable(errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = NestedExceptionUtils.getRootCause(ex);
		if (cause instanceof RequestBodyTooLargeException) {
			return handleExceptionInternal(ex, null, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			// well-formed JSON with a value of the wrong kind, e.g. an unknown "kind": name the field
			String field = mismatch.getPath().stream()
				.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			String message = messages.getMessage("typeMismatch", null, LocaleContextHolder.getLocale());
			return unprocessable(List.of(new FieldMessage(field, message)), request);
		}
		return handleExceptionInternal(ex, null, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
		String message = messages.getMessage(ex.messageKey(), null, ex.getMessage(), LocaleContextHolder.getLocale());
		return unprocessable(List.of(new FieldMessage(ex.field(), message)), request);
	}

	/** Method security refused a signed-in caller. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error answering {}", path(request), ex);
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/** Every answer gets our localized wording; Spring's own texts are English only. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problems.problem(status, LocaleContextHolder.getLocale());
		// a module's own problem (a refused registration, say) keeps its detail and the properties that explain it
		if (body instanceof ProblemDetail own && own.getProperties() != null) {
			problem.setDetail(own.getDetail());
			own.getProperties().forEach(problem::setProperty);
		}
		return answer(problem, headers, request);
	}

	private static ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
		problem.setInstance(URI.create(path(request)));
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private ResponseEntity<Object> invalid(BindingResult result, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldMessage> errors = result.getFieldErrors().stream()
			.map(error -> new FieldMessage(error.getField(), messages.getMessage(error, locale)))
			.toList();
		List<FieldMessage> global = result.getGlobalErrors().stream()
			.map(error -> new FieldMessage(error.getObjectName(), messages.getMessage(error, locale)))
			.toList();
		return unprocessable(Stream.concat(errors.stream(), global.stream()).toList(), request);
	}

	private ResponseEntity<Object> unprocessable(List<FieldMessage> errors, WebRequest request) {
		ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, LocaleContextHolder.getLocale());
		problem.setProperty("errors", errors);
		return answer(problem, new HttpHeaders(), request);
	}

	private static String path(WebRequest request) {
		if (request instanceof ServletWebRequest servlet) {
			HttpServletRequest http = servlet.getRequest();
			return http.getRequestURI();
		}
		return "";
	}

	/** One offending field of a request and what is wrong with it. */
	record FieldMessage(String field, String message) {
	}
}

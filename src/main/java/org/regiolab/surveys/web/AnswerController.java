package org.regiolab.surveys.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.Answering;
import org.regiolab.surveys.PageOutcome;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyPage;
import org.regiolab.surveys.Surveys;
import org.regiolab.surveys.Visit;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.WebUtils;

/**
 * Answering a survey through a personal link, without an account and without JavaScript: one page
 * at a time, saved on each step, so that the link leads back to where one stopped. The public link
 * gives each device a link of its own in a cookie, so that a device answers once.
 */
@Controller
class AnswerController {

	static final String PAGE = "surveys/answer";
	static final String DONE = "surveys/answer-done";
	private static final Duration DEVICE_REMEMBERED = Duration.ofDays(365);

	private final Answering answering;
	private final Surveys surveys;
	private final Clock clock;
	private final MessageSourceAccessor messages;

	AnswerController(Answering answering, Surveys surveys, Clock clock, MessageSourceAccessor messages) {
		this.messages = messages;
		this.answering = answering;
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping("/umfrage/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Visit> visit = answering.visit(token);
		if (visit.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return unknown(model);
		}
		if (visit.get().answered()) {
			return done(visit.get().survey(), "answered", model);
		}
		if (!visit.get().survey().isOpenOn(LocalDate.now(clock))) {
			return done(visit.get().survey(), "closed", model);
		}
		return page(visit.get(), token, visit.get().page(), AnswerForm.fields(visit.get().answers()), Map.of(), model);
	}

	@PostMapping("/umfrage/{token}")
	String save(@PathVariable String token, @RequestParam int page, @RequestParam(required = false) @Nullable String back,
			@RequestParam MultiValueMap<String, String> form, @RequestParam MultiValueMap<String, MultipartFile> files, Model model,
			HttpServletResponse response) {
		Optional<Visit> visit = answering.visit(token);
		if (visit.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return unknown(model);
		}
		Survey survey = visit.get().survey();
		if (page < 0 || page >= survey.data().definition().pages().size()) {
			return show(token, model, response);
		}
		SurveyPage shown = survey.data().definition().pages().get(page);
		AnswerForm.Parsed parsed = AnswerForm.parse(shown, form, visit.get().answers());
		if (!parsed.errors().isEmpty() && back == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(visit.get(), token, page, AnswerForm.fields(form), parsed.errors(), model);
		}
		PageOutcome outcome = answering.savePage(token, page, parsed.answers(), AnswerForm.uploads(shown, files), back != null);
		return switch (outcome.status()) {
			case NEXT -> "redirect:/umfrage/" + token;
			case INVALID -> {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				yield page(visit.get(), token, page, AnswerForm.fields(form), outcome.errors(), model);
			}
			case SUBMITTED -> done(survey, "submitted", model);
			case ALREADY_ANSWERED -> done(survey, "answered", model);
			case CLOSED -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				yield done(survey, "closed", model);
			}
		};
	}

	/** The public link: a device gets a link of its own, remembered in a cookie, and answers once. */
	@GetMapping("/umfrage/offen/{link}")
	String open(@PathVariable String link, HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<Survey> survey = surveys.byOpenLink(link);
		if (survey.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return unknown(model);
		}
		String cookie = "regiolab-survey-" + survey.get().id();
		Optional<String> device = Optional.ofNullable(WebUtils.getCookie(request, cookie)).map(Cookie::getValue);
		if (device.isPresent()) {
			// this device began or sent its answers before: it goes on, or is told it has answered
			return answering.visit(device.get()).isPresent() ? "redirect:/umfrage/" + device.get()
					: done(survey.get(), "answered", model);
		}
		if (!survey.get().isOpenOn(LocalDate.now(clock))) {
			return done(survey.get(), "closed", model);
		}
		String token = answering.startOpen(link);
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookie, token)
			.path("/umfrage")
			.httpOnly(true)
			.sameSite("Lax")
			.maxAge(DEVICE_REMEMBERED)
			.build()
			.toString());
		return "redirect:/umfrage/" + token;
	}

	private String page(Visit visit, String token, int page, Map<String, ?> fields, Map<String, String> errors, Model model) {
		Survey survey = visit.survey();
		int pages = survey.data().definition().pages().size();
		int shown = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("survey", survey);
		model.addAttribute("token", token);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("surveyPage", survey.data().definition().pages().get(shown));
		model.addAttribute("uploads", survey.data().definition().pages().get(shown).questions().stream()
			.anyMatch(question -> question.type() == QuestionType.FILE));
		model.addAttribute("questions", QuestionsShown.of(survey.data().definition(), shown, visit.answers(), messages));
		model.addAttribute("fields", fields);
		model.addAttribute("files", FileShown.of(visit.answers(), LocaleContextHolder.getLocale()));
		model.addAttribute("errors", errors);
		return PAGE;
	}

	private String done(Survey survey, String why, Model model) {
		model.addAttribute("survey", survey);
		// by RegioLab's calendar (Europe/Berlin), not the server's
		model.addAttribute("ended", survey.data().closesOn() != null && survey.data().closesOn().isBefore(LocalDate.now(clock)));
		model.addAttribute("why", why);
		return DONE;
	}

	private static String unknown(Model model) {
		model.addAttribute("why", "unknown");
		return DONE;
	}
}

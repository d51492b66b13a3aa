package org.regiolab.surveys.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.ReferenceData;
import org.regiolab.platform.CsvExport;
import org.regiolab.platform.NotFoundException;
import org.regiolab.surveys.AnswerFile;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.ResponseExports;
import org.regiolab.surveys.ResultFilter;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyFiles;
import org.regiolab.surveys.SurveyResult;
import org.regiolab.surveys.SurveyResults;
import org.regiolab.surveys.Surveys;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * A survey's results, counted anew on every visit and filtered by the answering organisations' kind,
 * sector and region or by an answer to a choice question; the responses as XLSX and CSV, and the
 * results as a PDF report to download or to mail to oneself; the files responses sent, one by one.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class ResultsController {

	static final String RESULTS = "surveys/results";
	private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** An answer results can be filtered by: {@code value} is {@code question:option}. */
	record CrossOption(String value, String label) {
	}

	record CrossQuestion(String text, List<CrossOption> options) {
	}

	/** A file in the results: its name and what tells it apart (size, day, and organisation where not anonymous). */
	record FileListed(UUID id, String name, String details) {
	}

	private final Surveys surveys;
	private final SurveyResults results;
	private final ResponseExports exports;
	private final ResultReport report;
	private final SurveyFiles files;
	private final ReferenceData reference;
	private final MessageSource messages;

	ResultsController(Surveys surveys, SurveyResults results, ResponseExports exports, ResultReport report, SurveyFiles files,
			ReferenceData reference, MessageSource messages) {
		this.files = files;
		this.surveys = surveys;
		this.results = results;
		this.exports = exports;
		this.report = report;
		this.reference = reference;
		this.messages = messages;
	}

	@GetMapping("/surveys/{id}/results")
	String results(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String sector, @RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String cross, Locale locale, Model model) {
		Survey survey = surveys.load(id);
		SurveyResult result = results.of(id, filter(kind, sector, region, cross), locale);
		ResultCharts charts = new ResultCharts(new MessageSourceAccessor(messages, locale), locale, false);
		model.addAttribute("survey", survey);
		model.addAttribute("result", result);
		model.addAttribute("summary", charts.summary(survey, result));
		model.addAttribute("questions", charts.questions(result, survey.data().definition()));
		model.addAttribute("timeline", charts.timeline(result));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sectors", reference.sectors(!"en".equals(locale.getLanguage())));
		model.addAttribute("regions", reference.regions());
		model.addAttribute("crossQuestions", crossQuestions(survey, locale));
		model.addAttribute("files", result.suppressed() ? Map.of() : files(survey, result.filter(), locale));
		model.addAttribute("kind", result.filter().kind());
		model.addAttribute("sector", result.filter().sector());
		model.addAttribute("region", result.filter().region());
		model.addAttribute("cross", result.filter().question() == null ? null : result.filter().question() + ":" + result.filter().option());
		return RESULTS;
	}

	@GetMapping("/surveys/{id}/responses.xlsx")
	ResponseEntity<StreamingResponseBody> workbook(@PathVariable UUID id, Locale locale) {
		String name = exports.workbookName(id);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> exports.writeWorkbook(id, locale, out));
	}

	@GetMapping("/surveys/{id}/responses.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable UUID id, Locale locale) {
		ResponseExports.Table table = exports.csv(id, locale);
		return CsvExport.of(table.fileName(), table.headers(), table.rows(), row -> row);
	}

	/** A file a response sent, as an attachment of the type its content showed, never shown in the browser's own tab. */
	@GetMapping("/surveys/{id}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID file) {
		SurveyFiles.StoredFile stored = files.download(id, file).orElseThrow(() -> NotFoundException.of("survey file", file));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(stored.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(stored.content());
	}

	@GetMapping("/surveys/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		byte[] pdf = report.pdf(id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.fileName(id)).build().toString())
			.body(pdf);
	}

	@PostMapping("/surveys/{id}/report/mail")
	String mail(@PathVariable UUID id, Authentication user, Locale locale, RedirectAttributes redirect) {
		try {
			report.mail(id, user.getName(), locale);
			redirect.addFlashAttribute("reportMailed", user.getName());
		}
		catch (IllegalArgumentException ex) {
			// the account's name is no mail address: nothing was queued
			redirect.addFlashAttribute("reportNotMailed", true);
		}
		return "redirect:/surveys/" + id + "/results";
	}

	/** The filter of the form; a cross-tabulation that is not {@code question:option} is left out. */
	static ResultFilter filter(@Nullable String kind, @Nullable String sector, @Nullable String region, @Nullable String cross) {
		String question = null;
		Integer option = null;
		if (cross != null && cross.matches("[a-z][a-z0-9_-]*:-?\\d{1,4}")) {
			int colon = cross.lastIndexOf(':');
			question = cross.substring(0, colon);
			option = Integer.valueOf(cross.substring(colon + 1));
		}
		return new ResultFilter(kind, sector, region, question, option);
	}

	private Map<String, List<FileListed>> files(Survey survey, ResultFilter filter, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.getMessage("results.day.format"), locale);
		Map<String, List<FileListed>> listed = new LinkedHashMap<>();
		files.of(survey, filter).forEach((question, sent) -> listed.put(question, sent.stream()
			.map(file -> new FileListed(file.id(), file.name(), String.join(" · ", Stream.of(AnswerFile.size(file.size(), locale),
					file.submittedOn().format(day), file.organisationName()).filter(Objects::nonNull).toList())))
			.toList()));
		return listed;
	}

	private List<CrossQuestion> crossQuestions(Survey survey, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		List<CrossQuestion> questions = new ArrayList<>();
		for (Question question : survey.data().definition().questions()) {
			if (!question.type().isChoice()) {
				continue;
			}
			List<CrossOption> options = question.type() == QuestionType.YES_NO
					? List.of(new CrossOption(question.key() + ":1", texts.getMessage("results.yes")),
							new CrossOption(question.key() + ":0", texts.getMessage("results.no")))
					: IntStream.range(0, question.options().size())
						.mapToObj(option -> new CrossOption(question.key() + ":" + option, question.options().get(option).in(locale)))
						.toList();
			questions.add(new CrossQuestion(question.text().in(locale), options));
		}
		return questions;
	}
}

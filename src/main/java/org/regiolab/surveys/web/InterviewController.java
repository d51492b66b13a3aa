package org.regiolab.surveys.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.OrganisationChoices;
import org.regiolab.network.OrganisationChoices.Search;
import org.regiolab.platform.FormSubmission;
import org.regiolab.surveys.AnswerSegments;
import org.regiolab.surveys.Code;
import org.regiolab.surveys.CodeBooks;
import org.regiolab.surveys.CodingData;
import org.regiolab.surveys.Codings;
import org.regiolab.surveys.Interview;
import org.regiolab.surveys.InterviewGuide;
import org.regiolab.surveys.InterviewGuides;
import org.regiolab.surveys.InterviewQuestion;
import org.regiolab.surveys.Interviews;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Interviews with their notes, and coding them: a passage chosen in the browser, or without
 * JavaScript the whole answer.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class InterviewController {

	static final String DETAIL = "surveys/interview";
	static final String FORM = "surveys/interview-form";

	/** One answer as the page shows it: its question, its pieces with their codes, its codings. */
	record AnswerView(InterviewQuestion question, @Nullable String text, List<AnswerSegments.Segment> segments,
			List<CodedPassage> codings) {
	}

	record CodedPassage(UUID id, Code code, String quote) {
	}

	private final InterviewGuides guides;
	private final Interviews interviews;
	private final CodeBooks codes;
	private final Codings codings;
	private final OrganisationChoices organisations;
	private final Clock clock;

	InterviewController(InterviewGuides guides, Interviews interviews, CodeBooks codes, Codings codings,
			OrganisationChoices organisations, Clock clock) {
		this.clock = clock;
		this.guides = guides;
		this.interviews = interviews;
		this.codes = codes;
		this.codings = codings;
		this.organisations = organisations;
	}

	@InitBinder("interview")
	void interviewFields(WebDataBinder binder) {
		binder.setAllowedFields("label", "organizationId", "personId", "interviewedOn", "interviewer", "invented", "answers[*]");
	}

	@GetMapping("/interviews/{id}")
	String show(@PathVariable UUID id, Model model) {
		Interview interview = interviews.load(id);
		InterviewGuide guide = guides.load(interview.guide());
		List<Code> book = codes.of(guide.id());
		Map<UUID, Code> byId = new LinkedHashMap<>();
		book.forEach(code -> byId.put(code.id(), code));
		List<AnswerView> answers = guide.questions().stream().map(question -> {
			String text = interview.answer(question.id());
			var coded = interview.codingsOf(question.id());
			return new AnswerView(question, text, text == null ? List.of() : AnswerSegments.of(text, coded, byId),
					coded.stream().map(coding -> new CodedPassage(coding.id(), byId.get(coding.code()), coding.quote())).toList());
		}).toList();
		model.addAttribute("interview", interview);
		model.addAttribute("guide", guide);
		model.addAttribute("codes", book);
		model.addAttribute("answers", answers);
		return DETAIL;
	}

	@GetMapping("/interviews/guides/{guide}/interviews/new")
	String initCreate(@PathVariable UUID guide, Model model) {
		InterviewForm form = new InterviewForm();
		form.setInterviewedOn(LocalDate.now(clock));
		model.addAttribute("interview", form);
		return form(model, guides.load(guide), form, Search.NONE);
	}

	@PostMapping("/interviews/guides/{guide}/interviews")
	String processCreate(@PathVariable UUID guide, @Valid @ModelAttribute("interview") InterviewForm interview,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InterviewGuide known = guides.load(guide);
		Optional<UUID> id = FormSubmission.attempt(result, () -> interviews.create(guide, interview.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/" + id.get();
		}
		return form(model, known, interview, Search.NONE);
	}

	@PostMapping(path = "/interviews/guides/{guide}/interviews", params = OrganisationChoices.SEARCH)
	String searchCreate(@PathVariable UUID guide, @ModelAttribute("interview") InterviewForm interview, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		return form(model, guides.load(guide), interview, Search.of(parameters));
	}

	@GetMapping("/interviews/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		Interview interview = interviews.load(id);
		InterviewForm form = InterviewForm.of(interview.data());
		model.addAttribute("interview", form);
		model.addAttribute("id", id);
		return form(model, guides.load(interview.guide()), form, Search.NONE);
	}

	@PostMapping("/interviews/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("interview") InterviewForm interview,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Interview before = interviews.load(id);
		if (FormSubmission.saved(result, () -> interviews.update(id, interview.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/" + id;
		}
		model.addAttribute("id", id);
		return form(model, guides.load(before.guide()), interview, Search.NONE);
	}

	@PostMapping(path = "/interviews/{id}", params = OrganisationChoices.SEARCH)
	String searchUpdate(@PathVariable UUID id, @ModelAttribute("interview") InterviewForm interview, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		Interview before = interviews.load(id);
		model.addAttribute("id", id);
		return form(model, guides.load(before.guide()), interview, Search.of(parameters));
	}

	@PostMapping("/interviews/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID guide = interviews.load(id).guide();
		interviews.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/interviews/guides/" + guide;
	}

	/** Codes a passage (start and end from the script) or, without them, the whole answer. */
	@PostMapping("/interviews/{id}/codings")
	String code(@PathVariable UUID id, @RequestParam UUID questionId, @RequestParam UUID codeId,
			@RequestParam(required = false) @Nullable Integer start, @RequestParam(required = false) @Nullable Integer end,
			RedirectAttributes redirect) {
		FormSubmission.refusal(() -> codings.create(id, new CodingData(questionId, codeId, start, end)))
			.ifPresentOrElse(refusal -> redirect.addFlashAttribute("refusal", refusal),
					() -> redirect.addFlashAttribute("coded", true));
		return "redirect:/interviews/" + id + "#a-" + questionId;
	}

	@PostMapping("/interviews/{id}/codings/{coding}/delete")
	String uncode(@PathVariable UUID id, @PathVariable UUID coding, RedirectAttributes redirect) {
		var removed = codings.load(coding);
		if (!removed.interview().equals(id)) {
			throw org.regiolab.platform.NotFoundException.of("coding", coding);
		}
		codings.delete(coding);
		redirect.addFlashAttribute("uncoded", true);
		return "redirect:/interviews/" + id + "#a-" + removed.question();
	}

	private String form(Model model, InterviewGuide guide, InterviewForm form, Search search) {
		model.addAttribute("guide", guide);
		model.addAttribute("organisationPicker", organisations.picker("organizationId", form.getOrganizationId(), search));
		model.addAttribute("people", interviews.peopleOf(form.getOrganizationId()));
		return FORM;
	}
}

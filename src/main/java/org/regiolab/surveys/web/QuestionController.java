package org.regiolab.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;
import org.regiolab.surveys.Condition;
import org.regiolab.surveys.FileKind;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.Surveys;

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
 * The survey builder: a question at a time, pages added and removed, questions moved. Every change
 * is checked as a whole survey by the module, so a broken condition is refused next to its field.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class QuestionController {

	static final String FORM = "surveys/question-form";

	private final Surveys surveys;

	QuestionController(Surveys surveys) {
		this.surveys = surveys;
	}

	@InitBinder("question")
	void questionFields(WebDataBinder binder) {
		binder.setAllowedFields("key", "page", "type", "textDe", "textEn", "helpDe", "helpEn", "required", "options", "other",
				"min", "max", "unit", "rows", "kinds", "conditionQuestion", "conditionOperator", "conditionValue");
	}

	@GetMapping("/surveys/{id}/questions/new")
	String initCreate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String library,
			Model model) {
		Survey survey = surveys.load(id);
		// a question from the library arrives with its texts and options, under a key of this survey, without its condition
		QuestionForm form = from == null ? new QuestionForm()
				: surveys.library(from, 1).stream().findFirst().map(asked -> QuestionForm.of(asked.question(), page).withoutCondition())
					.orElseGet(QuestionForm::new);
		form.setKey(DefinitionEdits.freeKey(survey.data().definition()));
		form.setPage(Math.min(Math.max(page, 0), survey.data().definition().pages().size() - 1));
		model.addAttribute("question", form);
		model.addAttribute("library", library == null ? List.of() : surveys.library(library, 20));
		model.addAttribute("libraryQuery", library);
		return form(survey, null, model);
	}

	@PostMapping("/surveys/{id}/questions")
	String processCreate(@PathVariable UUID id, @Valid @ModelAttribute("question") QuestionForm question, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Survey survey = surveys.load(id);
		if (FormSubmission.saved(result, QuestionForm::field, () -> surveys.changeQuestions(id,
				DefinitionEdits.add(survey.data().definition(), question.getPage(), question.toQuestion())))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/surveys/" + id + "#q-" + question.getKey();
		}
		return form(survey, null, model);
	}

	@GetMapping("/surveys/{id}/questions/{key}/edit")
	String initUpdate(@PathVariable UUID id, @PathVariable String key, Model model) {
		Survey survey = surveys.load(id);
		SurveyDefinition definition = survey.data().definition();
		Question question = definition.question(key).orElseThrow(() -> NotFoundException.of("question", key));
		model.addAttribute("question", QuestionForm.of(question, definition.pageOf(key)));
		return form(survey, key, model);
	}

	@PostMapping("/surveys/{id}/questions/{key}")
	String processUpdate(@PathVariable UUID id, @PathVariable String key, @Valid @ModelAttribute("question") QuestionForm question,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Survey survey = surveys.load(id);
		survey.data().definition().question(key).orElseThrow(() -> NotFoundException.of("question", key));
		question.setKey(key);
		if (FormSubmission.saved(result, QuestionForm::field, () -> surveys.changeQuestions(id,
				DefinitionEdits.replace(survey.data().definition(), key, question.getPage(), question.toQuestion())))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/surveys/" + id + "#q-" + key;
		}
		return form(survey, key, model);
	}

	@PostMapping("/surveys/{id}/questions/{key}/delete")
	String delete(@PathVariable UUID id, @PathVariable String key, RedirectAttributes redirect) {
		return change(id, redirect, definition -> DefinitionEdits.remove(definition, key));
	}

	@PostMapping("/surveys/{id}/questions/{key}/move")
	String move(@PathVariable UUID id, @PathVariable String key, @RequestParam int by, RedirectAttributes redirect) {
		return change(id, redirect, definition -> DefinitionEdits.move(definition, key, by));
	}

	@PostMapping("/surveys/{id}/pages")
	String addPage(@PathVariable UUID id, RedirectAttributes redirect) {
		return change(id, redirect, DefinitionEdits::addPage);
	}

	@PostMapping("/surveys/{id}/pages/{page}/delete")
	String removePage(@PathVariable UUID id, @PathVariable int page, RedirectAttributes redirect) {
		return change(id, redirect, definition -> DefinitionEdits.removePage(definition, page));
	}

	private String change(UUID id, RedirectAttributes redirect, UnaryOperator<SurveyDefinition> edit) {
		SurveyDefinition before = surveys.load(id).data().definition();
		FormSubmission.refusal(() -> surveys.changeQuestions(id, edit.apply(before)))
			.ifPresentOrElse(refusal -> redirect.addFlashAttribute("refusal", refusal), () -> redirect.addFlashAttribute("saved", true));
		return "redirect:/surveys/" + id;
	}

	private static String form(Survey survey, @Nullable String key, Model model) {
		SurveyDefinition definition = survey.data().definition();
		List<Question> earlier = new ArrayList<>();
		for (Question question : definition.questions()) {
			if (question.key().equals(key)) {
				break;
			}
			earlier.add(question);
		}
		model.addAttribute("survey", survey);
		model.addAttribute("key", key);
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("operators", Condition.Operator.values());
		model.addAttribute("fileKinds", FileKind.values());
		model.addAttribute("earlier", earlier);
		model.addAttribute("pageCount", definition.pages().size());
		return FORM;
	}
}

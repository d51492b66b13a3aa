package org.regiolab.surveys.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.LabList;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.FormSubmission;
import org.regiolab.surveys.InterviewGuide;
import org.regiolab.surveys.InterviewGuides;
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

/** Interview guides and their questions: members only, as the interviews hold personal notes. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class InterviewGuideController {

	static final String LIST = "surveys/interview-guides";
	static final String DETAIL = "surveys/interview-guide";
	static final String FORM = "surveys/interview-guide-form";
	static final String QUESTION_FORM = "surveys/interview-question-form";

	private final InterviewGuides guides;
	private final Interviews interviews;
	private final NetworkDirectory network;
	private final LabList labs;

	InterviewGuideController(InterviewGuides guides, Interviews interviews, NetworkDirectory network, LabList labs) {
		this.guides = guides;
		this.interviews = interviews;
		this.network = network;
		this.labs = labs;
	}

	@InitBinder("guide")
	void guideFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "allianceId", "labId");
	}

	@InitBinder("question")
	void questionFields(WebDataBinder binder) {
		binder.setAllowedFields("textDe", "textEn");
	}

	@GetMapping("/interviews")
	String list(Model model) {
		model.addAttribute("rows", guides.list());
		return LIST;
	}

	@GetMapping("/interviews/guides/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("guide", guides.load(id));
		model.addAttribute("interviews", interviews.list(id));
		model.addAttribute("question", new InterviewQuestionForm());
		return DETAIL;
	}

	@GetMapping("/interviews/guides/new")
	String initCreate(@RequestParam(required = false) UUID lab, Model model) {
		InterviewGuideForm form = new InterviewGuideForm();
		form.setLabId(lab);
		model.addAttribute("guide", form);
		return form(model);
	}

	@PostMapping("/interviews/guides")
	String processCreate(@Valid @ModelAttribute("guide") InterviewGuideForm guide, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, () -> guides.create(guide.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/guides/" + id.get();
		}
		return form(model);
	}

	@GetMapping("/interviews/guides/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("guide", InterviewGuideForm.of(guides.load(id).data()));
		model.addAttribute("id", id);
		return form(model);
	}

	@PostMapping("/interviews/guides/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("guide") InterviewGuideForm guide,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> guides.update(id, guide.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/guides/" + id;
		}
		model.addAttribute("id", id);
		return form(model);
	}

	@PostMapping("/interviews/guides/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		guides.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/interviews";
	}

	@PostMapping("/interviews/guides/{id}/questions")
	String addQuestion(@PathVariable UUID id, @Valid @ModelAttribute("question") InterviewQuestionForm question,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InterviewGuide guide = guides.load(id);
		if (FormSubmission.saved(result, () -> guides.addQuestion(id, question.toText(), null))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/guides/" + id + "#questions";
		}
		model.addAttribute("guide", guide);
		model.addAttribute("interviews", interviews.list(id));
		return DETAIL;
	}

	@GetMapping("/interviews/guides/{id}/questions/{question}/edit")
	String initQuestion(@PathVariable UUID id, @PathVariable UUID question, Model model) {
		InterviewGuide guide = guides.load(id);
		model.addAttribute("guide", guide);
		model.addAttribute("questionId", question);
		model.addAttribute("question", InterviewQuestionForm.of(guide.question(question).text()));
		return QUESTION_FORM;
	}

	@PostMapping("/interviews/guides/{id}/questions/{question}")
	String changeQuestion(@PathVariable UUID id, @PathVariable UUID question,
			@Valid @ModelAttribute("question") InterviewQuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InterviewGuide guide = guides.load(id);
		if (FormSubmission.saved(result, () -> guides.changeQuestion(id, question, form.toText()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/guides/" + id + "#questions";
		}
		model.addAttribute("guide", guide);
		model.addAttribute("questionId", question);
		return QUESTION_FORM;
	}

	@PostMapping("/interviews/guides/{id}/questions/{question}/move")
	String moveQuestion(@PathVariable UUID id, @PathVariable UUID question, @RequestParam int by) {
		guides.moveQuestion(id, question, by);
		return "redirect:/interviews/guides/" + id + "#q-" + question;
	}

	@PostMapping("/interviews/guides/{id}/questions/{question}/delete")
	String deleteQuestion(@PathVariable UUID id, @PathVariable UUID question, RedirectAttributes redirect) {
		guides.deleteQuestion(id, question);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/interviews/guides/" + id + "#questions";
	}

	private String form(Model model) {
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("labs", labs.all());
		return FORM;
	}
}

package org.regiolab.surveys.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;
import org.regiolab.labs.LabList;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyFunding;
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

/** The surveys of alliances and labs: those who may edit build, copy and remove them. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class SurveyController {

	static final String LIST = "surveys/surveys";
	static final String DETAIL = "surveys/survey";
	static final String FORM = "surveys/survey-form";

	private final Surveys surveys;
	private final NetworkDirectory network;
	private final LabList labs;
	private final PlatformProperties platform;
	private final EventChoices events;
	private final SurveyFunding funding;
	private final FundingProgrammes programmes;

	SurveyController(Surveys surveys, NetworkDirectory network, LabList labs, PlatformProperties platform, EventChoices events,
			SurveyFunding funding, FundingProgrammes programmes) {
		this.events = events;
		this.funding = funding;
		this.programmes = programmes;
		this.platform = platform;
		this.surveys = surveys;
		this.network = network;
		this.labs = labs;
	}

	@InitBinder("survey")
	void surveyFields(WebDataBinder binder) {
		binder.setAllowedFields("allianceId", "labId", "titleDe", "titleEn", "introDe", "introEn", "closingDe", "closingEn",
				"anonymous", "openLink", "opensOn", "closesOn", "reminderDays", "eventId");
	}

	@GetMapping("/surveys")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", surveys.list(q, alliance, null, Math.max(page, 0), 25));
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("q", q);
		model.addAttribute("alliance", alliance);
		return LIST;
	}

	@GetMapping("/surveys/{id}")
	String show(@PathVariable UUID id, Model model) {
		Survey survey = surveys.load(id);
		model.addAttribute("survey", survey);
		model.addAttribute("openLinkUrl", platform.publicUrl() + "/umfrage/offen/" + survey.openLink());
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("funding", funding.of(id).stream().map(FundingProgramme::id).toList());
		return DETAIL;
	}

	@PostMapping("/surveys/{id}/funding")
	String changeFunding(@PathVariable UUID id, @RequestParam(name = "programmeIds", required = false) @Nullable List<UUID> chosen,
			RedirectAttributes redirect) {
		FormSubmission.refusal(() -> funding.change(id, chosen == null ? List.of() : chosen))
			.ifPresentOrElse(refusal -> redirect.addFlashAttribute("refusal", refusal),
					() -> redirect.addFlashAttribute("fundingSaved", true));
		return "redirect:/surveys/" + id + "#funding";
	}

	@GetMapping("/surveys/new")
	String initCreate(@RequestParam(required = false) @Nullable UUID alliance, Model model) {
		SurveyForm form = new SurveyForm();
		form.setAllianceId(alliance);
		model.addAttribute("survey", form);
		return form(model);
	}

	@PostMapping("/surveys")
	String processCreate(@Valid @ModelAttribute("survey") SurveyForm survey, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, SurveyController::formField,
				() -> surveys.create(survey.toData(SurveyDefinition.empty())));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/surveys/" + id.get();
		}
		return form(model);
	}

	@GetMapping("/surveys/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", SurveyForm.of(surveys.load(id).data()));
		model.addAttribute("id", id);
		return form(model);
	}

	@PostMapping("/surveys/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("survey") SurveyForm survey, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Survey before = surveys.load(id);
		if (FormSubmission.saved(result, SurveyController::formField,
				() -> surveys.update(id, survey.toData(before.data().definition())))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/surveys/" + id;
		}
		model.addAttribute("id", id);
		return form(model);
	}

	@PostMapping("/surveys/{id}/copy")
	String copy(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID copy = surveys.copy(id);
		redirect.addFlashAttribute("copied", true);
		return "redirect:/surveys/" + copy;
	}

	@PostMapping("/surveys/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		surveys.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/surveys";
	}

	private String form(Model model) {
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("labs", labs.all());
		model.addAttribute("events", events.recent());
		return FORM;
	}

	// the module names the texts by their object (title), the form by language
	private static String formField(String field) {
		return switch (field) {
			case "title" -> "titleDe";
			default -> field;
		};
	}
}

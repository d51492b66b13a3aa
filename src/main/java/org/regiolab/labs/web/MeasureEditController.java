package org.regiolab.labs.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.LabRegistry;
import org.regiolab.labs.LabView;
import org.regiolab.labs.MeasureData;
import org.regiolab.labs.MeasureRegistry;
import org.regiolab.labs.MeasureTags;
import org.regiolab.labs.MeasureView;
import org.regiolab.labs.Megatrends;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.FormSubmission;

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
 * Coordinators and administrators fill in a measure's fact sheet, change and delete it. The form
 * works without JavaScript: »another row« re-shows it with one more result row.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class MeasureEditController {

	static final String FORM = "labs/measure-form";

	private final MeasureRegistry measures;
	private final LabRegistry labs;
	private final Megatrends megatrends;
	private final FundingProgrammes programmes;
	private final MeasureTags tags;
	private final NetworkDirectory network;

	MeasureEditController(MeasureRegistry measures, LabRegistry labs, Megatrends megatrends, FundingProgrammes programmes,
			MeasureTags tags, NetworkDirectory network) {
		this.measures = measures;
		this.labs = labs;
		this.megatrends = megatrends;
		this.programmes = programmes;
		this.tags = tags;
		this.network = network;
	}

	@InitBinder("measure")
	void measureFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "activities", "coordination", "financing", "actors", "targetGroups", "addedValue",
				"results*", "outlook", "megatrends", "sdgs", "fundingProgrammeIds", "budgets*");
	}

	@GetMapping("/labs/{lab}/measures/new")
	String initCreate(@PathVariable UUID lab, Model model, Locale locale) {
		model.addAttribute("measure", new MeasureForm().withSpareRows(MeasureForm.SPARE_RESULTS + 1));
		return form(labs.load(lab), null, model, locale);
	}

	@PostMapping("/labs/{lab}/measures")
	String processCreate(@PathVariable UUID lab, @Valid @ModelAttribute("measure") MeasureForm measure,
			BindingResult result, @RequestParam(required = false) @Nullable String addResult, Model model, Locale locale,
			RedirectAttributes redirect) {
		LabView labView = labs.load(lab);
		if (addResult == null) {
			Optional<UUID> id = FormSubmission.attempt(result, MeasureEditController::field,
					() -> measures.create(lab, measure.toData(actors(List.of(), List.of()), locale)));
			if (id.isPresent()) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/labs/measures/" + id.get();
			}
		}
		if (addResult != null) {
			measure.withSpareRows(1);
		}
		return form(labView, null, model, locale);
	}

	@GetMapping("/labs/measures/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model, Locale locale) {
		MeasureView view = measures.load(id);
		model.addAttribute("measure", MeasureForm.of(view, locale).withSpareRows(MeasureForm.SPARE_RESULTS));
		return form(labs.load(view.lab()), id, model, locale);
	}

	@PostMapping("/labs/measures/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("measure") MeasureForm measure,
			BindingResult result, @RequestParam(required = false) @Nullable String addResult, Model model, Locale locale,
			RedirectAttributes redirect) {
		MeasureView view = measures.load(id);
		if (addResult == null && FormSubmission.saved(result, MeasureEditController::field,
				() -> measures.update(id, measure.toData(actors(view.data().actors(), view.actorNames()), locale)))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/measures/" + id;
		}
		if (addResult != null) {
			measure.withSpareRows(1);
		}
		return form(labs.load(view.lab()), id, model, locale);
	}

	@PostMapping("/labs/measures/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		MeasureView view = measures.load(id);
		measures.delete(id);
		redirect.addFlashAttribute("measureDeleted", true);
		return "redirect:/labs/" + view.lab();
	}

	/**
	 * What a line of the actors field stands for: the actor it showed before (so a linked actor with
	 * its own wording stays linked), else the registry organisation of exactly that name, else free text.
	 */
	private Function<String, MeasureData.Actor> actors(List<MeasureData.Actor> before, List<String> names) {
		return line -> IntStream.range(0, before.size())
			.filter(i -> names.get(i).equals(line))
			.mapToObj(before::get)
			.findFirst()
			.orElseGet(() -> network.organisationNamed(line)
				.map(organisation -> new MeasureData.Actor(organisation, null))
				.orElse(new MeasureData.Actor(null, line)));
	}

	// the registry names list fields as the API does; the form has them as text areas
	// a refusal of the budgets as a whole is shown with the programmes they belong to
	private static String field(String field) {
		return field.equals("budgets") ? "fundingProgrammeIds" : field;
	}

	private String form(LabView lab, @Nullable UUID id, Model model, Locale locale) {
		model.addAttribute("lab", lab);
		model.addAttribute("id", id);
		model.addAttribute("megatrends", megatrends.all());
		model.addAttribute("sdgTitles", tags.sdgTitles(locale));
		model.addAttribute("programmes", programmes.all());
		return FORM;
	}
}

package org.regiolab.labs.web;

import java.util.Locale;
import java.util.UUID;

import org.regiolab.labs.MeasureRegistry;
import org.regiolab.labs.MeasureTags;
import org.regiolab.labs.MeasureView;
import org.regiolab.labs.SolutionLibrary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A measure's page: its fact sheet as a table, its origin and who adopted it, for everyone signed in. */
@Controller
class MeasureController {

	static final String DETAIL = "labs/measure";

	private final MeasureRegistry measures;
	private final MeasureTags tags;
	private final SolutionLibrary library;

	MeasureController(MeasureRegistry measures, MeasureTags tags, SolutionLibrary library) {
		this.measures = measures;
		this.tags = tags;
		this.library = library;
	}

	@GetMapping("/labs/measures/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		MeasureView measure = measures.load(id);
		model.addAttribute("measure", measure);
		model.addAttribute("tags", tags.labeller(locale).apply(measure.data()));
		model.addAttribute("origin", measure.originSolution() == null ? null : library.find(measure.originSolution()).orElse(null));
		model.addAttribute("solution", measure.solution() == null ? null : library.find(measure.solution()).orElse(null));
		return DETAIL;
	}
}

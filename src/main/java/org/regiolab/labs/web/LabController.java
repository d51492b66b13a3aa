package org.regiolab.labs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.Certifications;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;
import org.regiolab.labs.LabList.LabFilter;
import org.regiolab.labs.LabList.LabRow;
import org.regiolab.labs.LabRegistry;
import org.regiolab.labs.MeasureData;
import org.regiolab.labs.MeasureRegistry;
import org.regiolab.labs.MeasureTags;
import org.regiolab.labs.MeasureView;
import org.regiolab.labs.Timeline;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.CsvExport;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The labs and a lab's page with its measures, certifications and timeline, for everyone signed in. */
@Controller
class LabController {

	static final String LIST = "labs/labs";
	static final String DETAIL = "labs/lab";
	static final int PAGE_SIZE = 25;

	private final LabList labs;
	private final LabRegistry registry;
	private final MeasureRegistry measures;
	private final MeasureTags tags;
	private final Certifications certifications;
	private final NetworkDirectory network;
	private final MessageSourceAccessor messages;

	LabController(LabList labs, LabRegistry registry, MeasureRegistry measures, MeasureTags tags,
			Certifications certifications, NetworkDirectory network, MessageSourceAccessor messages) {
		this.labs = labs;
		this.registry = registry;
		this.measures = measures;
		this.tags = tags;
		this.certifications = certifications;
		this.network = network;
		this.messages = messages;
	}

	@GetMapping("/labs")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable LabKind kind,
			@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", labs.find(new LabFilter(q, kind, alliance), Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("kinds", LabKind.values());
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("alliance", alliance);
		return LIST;
	}

	/** The filtered list as CSV, every page of it. */
	@GetMapping(path = "/labs/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LabKind kind, @RequestParam(required = false) @Nullable UUID alliance,
			Locale locale) {
		return CsvExport.<LabRow>of("labore.csv", List.of(messages.getMessage("labs.name", locale), messages.getMessage("labs.kind", locale),
				messages.getMessage("labs.alliance", locale), messages.getMessage("labs.place", locale), messages.getMessage("labs.measureCount", locale)),
				row -> labs.forEach(new LabFilter(q, kind, alliance), row),
				row -> List.of(row.name(), messages.getMessage("lab.kind." + row.kind(), locale),
						row.allianceName() == null ? "" : row.allianceName(), row.place() == null ? "" : row.place(),
						row.measures()));
	}

	@GetMapping("/labs/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("lab", registry.load(id));
		List<MeasureView> labMeasures = measures.ofLab(id);
		model.addAttribute("measures", labMeasures);
		model.addAttribute("tags", tagsOf(labMeasures, locale));
		model.addAttribute("timeline", Timeline.of(labMeasures));
		model.addAttribute("certifications", certifications.ofLab(id));
		return DETAIL;
	}

	private Map<UUID, List<String>> tagsOf(List<MeasureView> labMeasures, Locale locale) {
		Function<MeasureData, List<String>> labels = tags.labeller(locale);
		return labMeasures.stream().collect(Collectors.toMap(MeasureView::id, measure -> labels.apply(measure.data())));
	}
}

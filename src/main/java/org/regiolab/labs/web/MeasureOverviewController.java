package org.regiolab.labs.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabList;
import org.regiolab.labs.MeasureList;
import org.regiolab.labs.MeasureList.Counts;
import org.regiolab.labs.MeasureList.MeasureFilter;
import org.regiolab.labs.MeasureTags;
import org.regiolab.labs.Megatrends;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.CsvExport;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The measures of all labs by SDG and by megatrend: counts as bar charts, the filtered list, CSV. */
@Controller
class MeasureOverviewController {

	static final String VIEW = "labs/measures";

	private final MeasureList measures;
	private final Megatrends megatrends;
	private final MeasureTags tags;
	private final LabList labs;
	private final NetworkDirectory network;
	private final MessageSource messages;

	MeasureOverviewController(MeasureList measures, Megatrends megatrends, MeasureTags tags, LabList labs,
			NetworkDirectory network, MessageSource messages) {
		this.measures = measures;
		this.megatrends = megatrends;
		this.tags = tags;
		this.labs = labs;
		this.network = network;
		this.messages = messages;
	}

	@ModelAttribute("filter")
	MeasureFilter filter(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer sdg,
			@RequestParam(required = false) @Nullable String megatrend, @RequestParam(required = false) @Nullable UUID lab,
			@RequestParam(required = false) @Nullable UUID alliance) {
		return new MeasureFilter(q, sdg != null && sdg >= 1 && sdg <= 17 ? sdg : null, megatrend, lab, alliance);
	}

	@GetMapping("/labs/measures")
	String overview(@ModelAttribute("filter") MeasureFilter filter, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		Counts counts = measures.counts(filter);
		model.addAttribute("rows", measures.find(filter, Math.max(page, 0), 25));
		model.addAttribute("counts", counts);
		model.addAttribute("maxSdg", Math.max(1, Collections.max(counts.sdgs().values())));
		model.addAttribute("maxMegatrend", counts.megatrends().isEmpty() ? 1 : Math.max(1, Collections.max(counts.megatrends().values())));
		model.addAttribute("sdgTitles", tags.sdgTitles(locale));
		model.addAttribute("megatrends", megatrends.byCode());
		model.addAttribute("labs", labs.all());
		model.addAttribute("alliances", network.alliances());
		return VIEW;
	}

	/** The filtered list as CSV: title, lab, SDGs and megatrends. */
	@GetMapping(path = "/labs/measures/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") MeasureFilter filter, Locale locale) {
		Map<String, Megatrends.Megatrend> trends = megatrends.byCode();
		return CsvExport.of("massnahmen.csv", List.of(text("measure.title", locale), text("measures.lab", locale),
				text("measures.sdg", locale), text("measures.megatrend", locale)),
				measures.find(filter, 0, 100_000).items(),
				row -> List.of(row.title(), row.labName(),
						String.join(", ", row.sdgs().stream().map(String::valueOf).toList()),
						String.join(", ", row.megatrends().stream()
							.map(code -> trends.containsKey(code) ? trends.get(code).name(locale) : code).toList())));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}

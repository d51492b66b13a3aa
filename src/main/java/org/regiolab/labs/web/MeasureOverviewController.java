package org.regiolab.labs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabList;
import org.regiolab.labs.MeasureList;
import org.regiolab.labs.MeasureList.Counts;
import org.regiolab.labs.MeasureList.MeasureFilter;
import org.regiolab.labs.MeasureList.MeasureRow;
import org.regiolab.labs.MeasureTags;
import org.regiolab.labs.Megatrends;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.CsvExport;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** The measures of all labs by SDG and by megatrend: counts as bar charts, the filtered list, CSV. */
@Controller
class MeasureOverviewController {

	static final String VIEW = "labs/measures";

	private final MeasureList measures;
	private final Megatrends megatrends;
	private final MeasureTags tags;
	private final LabList labs;
	private final NetworkDirectory network;
	private final MessageSourceAccessor messages;

	MeasureOverviewController(MeasureList measures, Megatrends megatrends, MeasureTags tags, LabList labs,
			NetworkDirectory network, MessageSourceAccessor messages) {
		this.measures = measures;
		this.megatrends = megatrends;
		this.tags = tags;
		this.labs = labs;
		this.network = network;
		this.messages = messages;
	}

	/** A bar of a chart: what it counts, where its link leads, how long it is in per cent of the longest. */
	record Bar(String label, String href, long count, long percent, boolean current) {
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
		Map<String, String> sdgTitles = tags.sdgTitles(locale);
		Map<String, Megatrends.Megatrend> trends = megatrends.byCode();
		model.addAttribute("sdgBars", bars(counts.sdgs(), sdg -> messages.getMessage("measure.sdg",
				new Object[] { sdg, sdgTitles.get(String.valueOf(sdg)) }, locale), "sdg", filter.sdg(), filter));
		model.addAttribute("megatrendBars", bars(counts.megatrends(), code -> trends.get(code).name(locale), "megatrend",
				filter.megatrend(), filter));
		model.addAttribute("sdgTitles", sdgTitles);
		model.addAttribute("megatrends", trends);
		model.addAttribute("labs", labs.all());
		model.addAttribute("alliances", network.alliances());
		return VIEW;
	}

	private static <K> List<Bar> bars(Map<K, Long> counts, Function<K, String> label, String parameter, @Nullable Object current,
			MeasureFilter filter) {
		long longest = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
		return counts.entrySet().stream()
			.map(entry -> new Bar(label.apply(entry.getKey()), UriComponentsBuilder.fromPath("/labs/measures")
				.queryParam(parameter, entry.getKey())
				.queryParamIfPresent("q", Optional.ofNullable(filter.query()))
				.queryParamIfPresent("lab", Optional.ofNullable(filter.lab()))
				.queryParamIfPresent("alliance", Optional.ofNullable(filter.alliance()))
				.encode()
				.toUriString(), entry.getValue(), entry.getValue() * 100 / longest, entry.getKey().equals(current)))
			.toList();
	}

	/** The filtered list as CSV: title, lab, SDGs and megatrends. */
	@GetMapping(path = "/labs/measures/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") MeasureFilter filter, Locale locale) {
		Map<String, Megatrends.Megatrend> trends = megatrends.byCode();
		return CsvExport.<MeasureRow>of("massnahmen.csv", List.of(messages.getMessage("measure.title", locale), messages.getMessage("measures.lab", locale),
				messages.getMessage("measures.sdg", locale), messages.getMessage("measures.megatrend", locale)),
				row -> measures.forEach(filter, row),
				row -> List.of(row.title(), row.labName(),
						String.join(", ", row.sdgs().stream().map(String::valueOf).toList()),
						String.join(", ", row.megatrends().stream()
							.map(code -> trends.containsKey(code) ? trends.get(code).name(locale) : code).toList())));
	}
}

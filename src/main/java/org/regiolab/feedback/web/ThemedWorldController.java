package org.regiolab.feedback.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.FeedbackAnalysis;
import org.regiolab.feedback.FeedbackScope;
import org.regiolab.feedback.Station;
import org.regiolab.feedback.Stations;
import org.regiolab.feedback.ThemedWorld;
import org.regiolab.feedback.ThemedWorldList;
import org.regiolab.feedback.ThemedWorldList.WorldFilter;
import org.regiolab.feedback.ThemedWorldList.WorldRow;
import org.regiolab.feedback.ThemedWorlds;
import org.regiolab.labs.LabList;
import org.regiolab.platform.CsvExport;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The themed worlds of the labs and a themed world's page with its stations; the lab team sees
 * the figures and the companies' reports there too.
 */
@Controller
class ThemedWorldController {

	static final String LIST = "feedback/themed-worlds";
	static final String DETAIL = "feedback/themed-world";
	static final int PAGE_SIZE = 25;

	private final ThemedWorldList list;
	private final ThemedWorlds worlds;
	private final Stations stations;
	private final FeedbackAnalysis analysis;
	private final LabList labs;
	private final MessageSourceAccessor messages;

	ThemedWorldController(ThemedWorldList list, ThemedWorlds worlds, Stations stations, FeedbackAnalysis analysis,
			LabList labs, MessageSourceAccessor messages) {
		this.list = list;
		this.worlds = worlds;
		this.stations = stations;
		this.analysis = analysis;
		this.labs = labs;
		this.messages = messages;
	}

	/** A company of the themed world with its stations, for the reports. */
	record Company(UUID id, String name, List<String> stations) {
	}

	@GetMapping("/themed-worlds")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UUID lab,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", list.find(new WorldFilter(q, lab), Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("labs", labs.all());
		model.addAttribute("q", q);
		model.addAttribute("lab", lab);
		return LIST;
	}

	/** The filtered list as CSV, every page of it. */
	@GetMapping(path = "/themed-worlds/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID lab, Locale locale) {
		return CsvExport.<WorldRow>of("themenwelten.csv", List.of(messages.getMessage("worlds.title", locale), messages.getMessage("worlds.lab", locale),
				messages.getMessage("worlds.startsOn", locale), messages.getMessage("worlds.endsOn", locale), messages.getMessage("worlds.stations", locale),
				messages.getMessage("worlds.feedback", locale)), row -> list.forEach(new WorldFilter(q, lab), row),
				row -> List.of(row.title(), row.labName(), row.startsOn(), row.endsOn(), row.stations(), row.feedback()));
	}

	@GetMapping("/themed-worlds/{id}")
	String world(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Authentication user, Model model) {
		ThemedWorld world = worlds.load(id);
		List<Station> all = stations.ofThemedWorld(id);
		model.addAttribute("world", world);
		model.addAttribute("stations", all);
		if (Roles.mayEdit(user)) {
			model.addAttribute("figures", analysis.figuresOfStations(id));
			model.addAttribute("summary", analysis.summarize(FeedbackScope.themedWorld(id, from, to)));
			model.addAttribute("companies", companies(all));
			model.addAttribute("from", from);
			model.addAttribute("to", to);
		}
		return DETAIL;
	}

	private static List<Company> companies(List<Station> stations) {
		Map<UUID, Company> companies = new LinkedHashMap<>();
		for (Station station : stations) {
			UUID organisation = station.data().organisation();
			if (organisation != null) {
				companies.computeIfAbsent(organisation,
						key -> new Company(key, station.organisationName(), new ArrayList<>()))
					.stations()
					.add(station.data().name());
			}
		}
		return List.copyOf(companies.values());
	}
}

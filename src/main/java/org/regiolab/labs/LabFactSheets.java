package org.regiolab.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.regiolab.labs.FactSheet.FundingNotice;
import org.regiolab.labs.FactSheet.OverviewRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the fact sheet of a lab (all its measures) or of a single measure from what is stored,
 * in the reader's language, ready for {@link FactSheetPdf} and {@link FactSheetDocx}.
 */
@Component
public class LabFactSheets {

	private final LabRegistry labs;
	private final MeasureRegistry measures;
	private final MeasureTags tags;
	private final FundingProgrammes programmes;
	private final MessageSource messages;
	private final Clock clock;

	LabFactSheets(LabRegistry labs, MeasureRegistry measures, MeasureTags tags, FundingProgrammes programmes,
			MessageSource messages, Clock clock) {
		this.labs = labs;
		this.measures = measures;
		this.tags = tags;
		this.programmes = programmes;
		this.messages = messages;
		this.clock = clock;
	}

	/** The lab with the overview table first and every measure's sheet. */
	public FactSheet ofLab(UUID id, Locale locale) {
		LabView lab = labs.load(id);
		String kind = messages.getMessage("lab.kind." + lab.data().kind(), null, locale);
		return sheet(messages.getMessage("lab.factsheet.title", new Object[] { kind, lab.data().name() }, locale), lab,
				measures.ofLab(id), true, locale);
	}

	/** One measure with its lab's name and the measure's line of the overview. */
	public FactSheet ofMeasure(UUID id, Locale locale) {
		MeasureView measure = measures.load(id);
		return sheet(messages.getMessage("measure.factsheet.title", new Object[] { measure.data().title() }, locale),
				labs.load(measure.lab()), List.of(measure), false, locale);
	}

	private FactSheet sheet(String title, LabView lab, List<MeasureView> sheets, boolean withBackground, Locale locale) {
		Function<MeasureData, List<String>> labels = tags.labeller(locale);
		List<OverviewRow> overview = sheets.stream()
			.map(measure -> new OverviewRow(measure.data().title(), labels.apply(measure.data())))
			.toList();
		String background = withBackground ? joined(lab.data().background(), lab.data().goals()) : null;
		return new FactSheet(title, lab.data().name(), messages.getMessage("lab.kind." + lab.data().kind(), null, locale),
				lab.allianceName(), background, withBackground ? lab.data().phase() : null, overview,
				sheets.stream().map(measure -> measure(measure, labels, locale)).toList(), notices(sheets),
				LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
	}

	private FactSheet.Measure measure(MeasureView view, Function<MeasureData, List<String>> labels, Locale locale) {
		MeasureData data = view.data();
		List<String> tagLabels = labels.apply(data);
		return new FactSheet.Measure(data.title(), data.activities(), data.coordination(), financing(view, locale),
				view.actorNames(), data.targetGroups(), data.addedValue(),
				data.results().stream()
					.map(result -> new FactSheet.Result(result.date() == null ? null : result.date().format(locale), result.text()))
					.toList(),
				data.outlook(), tagLabels.subList(0, data.megatrends().size()),
				tagLabels.subList(data.megatrends().size(), tagLabels.size()));
	}

	/**
	 * The funding programmes with their budgets, then the notes; a programme a note already names
	 * (»Überwiegend Bottrop2018+, später geteilte Ressourcen«) is told by that note alone.
	 */
	private static List<String> financing(MeasureView view, Locale locale) {
		List<String> lines = new ArrayList<>();
		List<MeasureData.Funding> funding = view.data().funding();
		for (int i = 0; i < funding.size(); i++) {
			String name = view.fundingNames().get(i);
			boolean told = view.data().financing().stream()
				.anyMatch(note -> note.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
			if (!told) {
				lines.add(funding.get(i).budget() == null ? name
						: "%s (%s €)".formatted(name, String.format(locale, "%,.2f", funding.get(i).budget())));
			}
		}
		lines.addAll(view.data().financing());
		return lines;
	}

	private List<FundingNotice> notices(List<MeasureView> sheets) {
		Map<UUID, FundingNotice> notices = new LinkedHashMap<>();
		sheets.forEach(measure -> measure.data().funding().forEach(funding -> notices.computeIfAbsent(funding.programme(),
				programme -> {
					FundingProgrammes.FundingProgramme loaded = programmes.load(programme);
					FundingProgrammes.Logo logo = programmes.logo(programme).orElse(null);
					return new FundingNotice(loaded.name(), loaded.notice(), logo == null ? null : logo.content(),
							logo == null ? null : logo.mediaType());
				})));
		return List.copyOf(notices.values());
	}

	private static String joined(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + "\n\n" + second;
	}
}

package org.regiolab.labs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.regiolab.network.ReferenceData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A measure's megatrends and SDGs as the seed's overview table writes them: MT »Faires Handeln«,
 * SDG 11 »Nachhaltige Städte und Gemeinden«.
 */
@Component
public class MeasureTags {

	private final Megatrends megatrends;
	private final ReferenceData reference;
	private final MessageSource messages;

	MeasureTags(Megatrends megatrends, ReferenceData reference, MessageSource messages) {
		this.megatrends = megatrends;
		this.reference = reference;
		this.messages = messages;
	}

	/** Labels the tags of many measures with one look at the megatrends and SDGs. */
	public Function<MeasureData, List<String>> labeller(Locale locale) {
		Map<String, Megatrends.Megatrend> trends = megatrends.byCode();
		Map<String, String> sdgs = sdgTitles(locale);
		return data -> {
			List<String> labels = new ArrayList<>();
			data.megatrends().forEach(code -> labels.add(messages.getMessage("lab.megatrend.prefix",
					new Object[] { trends.containsKey(code) ? trends.get(code).name(locale) : code }, locale)));
			data.sdgs().forEach(sdg -> labels.add(messages.getMessage("lab.sdg.prefix",
					new Object[] { sdg, sdgs.get(String.valueOf(sdg)) }, locale)));
			return labels;
		};
	}

	/** The SDGs' short titles by number, in the reader's language. */
	public Map<String, String> sdgTitles(Locale locale) {
		return reference.sdgs(!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())).stream()
			.collect(Collectors.toMap(ReferenceData.Entry::key, ReferenceData.Entry::name));
	}
}

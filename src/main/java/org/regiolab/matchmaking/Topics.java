package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.regiolab.network.ReferenceData;
import org.regiolab.platform.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The topics a profile may name from the reference data: WZ 2008 divisions as {@code wz:<code>}
 * and the 17 SDGs as {@code sdg:<number>}, so that two people who pick the same one match
 * whatever their language; the free tags of offers and needs are the rest.
 */
@Component
public class Topics {

	static final String SECTOR = "wz:";
	static final String SDG = "sdg:";

	/** A topic to choose: its key and its name in the reader's language. */
	public record Topic(String key, String name) {
	}

	private final ReferenceData reference;

	Topics(ReferenceData reference) {
		this.reference = reference;
	}

	public List<Topic> sectors(Locale locale) {
		return reference.sectors(german(locale)).stream().map(e -> new Topic(SECTOR + e.key(), e.name())).toList();
	}

	public List<Topic> sdgs(Locale locale) {
		return reference.sdgs(german(locale)).stream()
			.map(e -> new Topic(SDG + e.key(), "SDG " + e.key() + " – " + e.name()))
			.toList();
	}

	/** Every topic's name by key, for pages that show tags: a free tag is its own name. */
	public Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		sectors(locale).forEach(topic -> names.put(topic.key(), topic.name()));
		sdgs(locale).forEach(topic -> names.put(topic.key(), topic.name()));
		return names;
	}

	/** @throws InvalidInputException for a key that names no sector or SDG */
	List<String> check(List<String> topics) {
		Set<String> known = names(Locale.GERMAN).keySet();
		List<String> clean = new ArrayList<>();
		for (String topic : topics) {
			if (!known.contains(topic)) {
				throw new InvalidInputException("topics", "matchmaking.topic.unknown", "No sector or SDG " + topic);
			}
			if (!clean.contains(topic)) {
				clean.add(topic);
			}
		}
		if (clean.size() > 40) {
			throw new InvalidInputException("topics", "matchmaking.tags.count", "At most 40 topics");
		}
		return clean;
	}

	/** The names of some tags: topics by their name, free tags as they are. */
	public List<String> label(List<String> tags, Map<String, String> names) {
		return tags.stream().map(tag -> names.getOrDefault(tag, tag)).collect(Collectors.toList());
	}

	private static boolean german(Locale locale) {
		return !locale.getLanguage().equals("en");
	}
}

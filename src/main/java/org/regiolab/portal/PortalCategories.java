package org.regiolab.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.regiolab.network.ReferenceData;
import org.regiolab.platform.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The categories a profile is filed under: the portal's own, which visitors think in (Gastronomie,
 * Einzelhandel, Handwerk, …), and the WZ 2008 divisions of the network registry ({@code 47}), which
 * the office's statistics think in.
 */
@Component
public class PortalCategories {

	/** The portal's own categories; their names are the message keys {@code portal.category.<key>}. */
	public static final List<String> OWN = List.of("gastronomie", "einzelhandel", "lebensmittel", "handwerk",
			"dienstleistung", "gesundheit", "kultur-freizeit", "mobilitaet");

	private final ReferenceData reference;
	private final MessageSource messages;
	private volatile Map<String, String> sectorsDe;
	private volatile Map<String, String> sectorsEn;

	PortalCategories(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	/** @throws InvalidInputException naming {@code categories} if a key is neither the portal's nor a WZ division */
	public List<String> requireKnown(List<String> categories) {
		Set<String> sectors = sectors(true).keySet();
		for (String category : categories) {
			if (!OWN.contains(category) && !sectors.contains(category)) {
				throw new InvalidInputException("categories", "portal.category.unknown", "Unknown category " + category);
			}
		}
		return categories.stream().distinct().toList();
	}

	/** The category's name in the reader's language; unknown keys stay as they are. */
	public String name(String key, java.util.Locale locale) {
		if (OWN.contains(key)) {
			return messages.getMessage("portal.category." + key, null, key, locale);
		}
		return sectors(!"en".equals(locale.getLanguage())).getOrDefault(key, key);
	}

	private Map<String, String> sectors(boolean german) {
		Map<String, String> cached = german ? sectorsDe : sectorsEn;
		if (cached == null) {
			// reference data changes only with a migration, so it is read once
			cached = reference.sectors(german).stream()
				.collect(Collectors.toMap(ReferenceData.Entry::key, ReferenceData.Entry::name, (a, b) -> a, LinkedHashMap::new));
			if (german) {
				sectorsDe = cached;
			}
			else {
				sectorsEn = cached;
			}
		}
		return cached;
	}
}

package org.regiolab.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a business profile says, as the office reviews and the public reads it. Stored as one JSON
 * document per version (published, draft), so that a version is replaced whole.
 * @param categories keys of the portal's own categories ({@code gastronomie}) or WZ 2008 divisions ({@code 47})
 * @param district the part of town, e.g. Kirchhellen, a facet of the search
 * @param openingHours in the form of {@link OpeningHours#text()}, or none
 * @param closedOnPublicHolidays whether the business closes on the state's public holidays
 * @param accessibility how accessible the premises are, in the business's words
 * @param languages languages spoken besides German
 */
public record ProfileContent(String name, @Nullable String shortDescription, @Nullable String description,
		List<String> categories, @Nullable String street, @Nullable String postalCode, @Nullable String city,
		@Nullable String district, @Nullable String openingHours, List<Closure> closures, boolean closedOnPublicHolidays,
		@Nullable String phone, @Nullable String email, @Nullable String website, List<String> socialLinks,
		List<Offer> offers, @Nullable String accessibility, List<String> languages) {

	public ProfileContent {
		categories = categories == null ? List.of() : List.copyOf(categories);
		closures = closures == null ? List.of() : List.copyOf(closures);
		socialLinks = socialLinks == null ? List.of() : List.copyOf(socialLinks);
		offers = offers == null ? List.of() : List.copyOf(offers);
		languages = languages == null ? List.of() : List.copyOf(languages);
	}

	public OpeningHours hours() {
		return OpeningHours.parse(openingHours);
	}
}

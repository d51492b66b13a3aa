package org.regiolab.portal;

import java.util.List;
import java.util.Objects;

import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Texts;

import org.springframework.stereotype.Component;

/**
 * Tidies a profile's content and checks what only the portal knows: the categories exist, the
 * opening hours can be read (and are stored in their canonical form), closures end after they begin.
 */
@Component
class ProfileCheck {

	private final PortalCategories categories;

	ProfileCheck(PortalCategories categories) {
		this.categories = categories;
	}

	ProfileContent tidy(ProfileContent content) {
		if (content.name() == null || content.name().isBlank()) {
			throw new InvalidInputException("name", "NotBlank", "A profile has a name");
		}
		OpeningHours hours = OpeningHours.parse(content.openingHours());
		for (Closure closure : content.closures()) {
			if (closure.from() == null || closure.to() == null || closure.to().isBefore(closure.from())) {
				throw new InvalidInputException("closures", "portal.closure.invalid", "A closure ends on or after its first day");
			}
		}
		List<Offer> offers = content.offers().stream()
			.filter(offer -> offer != null && Texts.blankToNull(offer.title()) != null)
			.map(offer -> new Offer(offer.title().strip(), Texts.blankToNull(offer.text()), offer.validUntil(), offer.voucher()))
			.toList();
		return new ProfileContent(content.name().strip(), Texts.blankToNull(content.shortDescription()),
				Texts.blankToNull(content.description()), categories.requireKnown(Texts.entries(content.categories())),
				Texts.blankToNull(content.street()), Texts.blankToNull(content.postalCode()), Texts.blankToNull(content.city()),
				Texts.blankToNull(content.district()), hours.isEmpty() ? null : hours.text(),
				content.closures().stream().filter(Objects::nonNull).toList(), content.closedOnPublicHolidays(),
				Texts.blankToNull(content.phone()), Texts.blankToNull(content.email()), Texts.blankToNull(content.website()),
				Texts.entries(content.socialLinks()), offers, Texts.blankToNull(content.accessibility()),
				Texts.entries(content.languages()));
	}
}

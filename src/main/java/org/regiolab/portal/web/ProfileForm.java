package org.regiolab.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Texts;
import org.regiolab.portal.Closure;
import org.regiolab.portal.Offer;
import org.regiolab.portal.ProfileContent;

/**
 * A whole profile in one form, as the office and the business edit it. Lists are lines of text:
 * closures ({@code 24.12.2026-31.12.2026 Betriebsferien}), offers
 * ({@code Titel | Beschreibung | 31.12.2026 | Gutschein}), links one per line.
 */
class ProfileForm {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final Pattern CLOSURE = Pattern.compile("\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*(?:-\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4}))?\\s*(.*)");

	private String organisation = "";
	@NotBlank
	@Size(max = 200)
	private String name = "";
	@Size(max = 300)
	private String shortDescription = "";
	@Size(max = 10000)
	private String description = "";
	private List<String> categories = new ArrayList<>();
	@Size(max = 200)
	private String street = "";
	@jakarta.validation.constraints.Pattern(regexp = "\\s*(\\d{5})?\\s*")
	private String postalCode = "";
	@Size(max = 100)
	private String city = "";
	@Size(max = 100)
	private String district = "";
	@Size(max = 500)
	private String openingHours = "";
	private boolean closedOnPublicHolidays = true;
	@Size(max = 5000)
	private String closures = "";
	@Size(max = 50)
	@jakarta.validation.constraints.Pattern(regexp = "[0-9 +()/.-]*")
	private String phone = "";
	@Email
	@Size(max = 200)
	private String email = "";
	@Size(max = 500)
	@jakarta.validation.constraints.Pattern(regexp = "\\s*(https?://\\S+)?\\s*")
	private String website = "";
	@Size(max = 5000)
	@jakarta.validation.constraints.Pattern(regexp = "(?s)\\s*(https?://\\S+\\s*)*")
	private String socialLinks = "";
	@Size(max = 10000)
	private String offers = "";
	@Size(max = 2000)
	private String accessibility = "";
	@Size(max = 500)
	private String languages = "";

	static ProfileForm of(ProfileContent content) {
		ProfileForm form = new ProfileForm();
		form.name = content.name();
		form.shortDescription = text(content.shortDescription());
		form.description = text(content.description());
		form.categories = new ArrayList<>(content.categories());
		form.street = text(content.street());
		form.postalCode = text(content.postalCode());
		form.city = text(content.city());
		form.district = text(content.district());
		form.openingHours = text(content.openingHours());
		form.closedOnPublicHolidays = content.closedOnPublicHolidays();
		form.closures = content.closures().stream()
			.map(closure -> DAY.format(closure.from()) + "-" + DAY.format(closure.to()) + " " + text(closure.note()))
			.map(String::strip)
			.collect(Collectors.joining("\n"));
		form.phone = text(content.phone());
		form.email = text(content.email());
		form.website = text(content.website());
		form.socialLinks = String.join("\n", content.socialLinks());
		form.offers = offerLines(content.offers());
		form.accessibility = text(content.accessibility());
		form.languages = String.join(", ", content.languages());
		return form;
	}

	/** @throws InvalidInputException naming {@code closures} or {@code offers} for a line it cannot read */
	ProfileContent toContent() {
		return new ProfileContent(name, shortDescription, description, categories, street, postalCode, city, district,
				openingHours, parseClosures(), closedOnPublicHolidays, phone, email, website, lines(socialLinks), parseOffers(),
				accessibility, Texts.entries(Arrays.asList(languages.split(","))));
	}

	static String offerLines(List<Offer> offers) {
		return offers.stream()
			.map(offer -> String.join(" | ", offer.title(), text(offer.text()),
					offer.validUntil() == null ? "" : DAY.format(offer.validUntil()), offer.voucher() ? "Gutschein" : "")
				.replaceAll("( \\| )+$", ""))
			.collect(Collectors.joining("\n"));
	}

	private List<Closure> parseClosures() {
		List<Closure> parsed = new ArrayList<>();
		for (String line : lines(closures)) {
			Matcher matcher = CLOSURE.matcher(line);
			if (!matcher.matches()) {
				throw new InvalidInputException("closures", "portal.form.closures.invalid", "Unreadable closure");
			}
			LocalDate from = day(matcher.group(1), "closures", "portal.form.closures.invalid");
			LocalDate to = matcher.group(2) == null ? from : day(matcher.group(2), "closures", "portal.form.closures.invalid");
			parsed.add(new Closure(from, to, Texts.blankToNull(matcher.group(3))));
		}
		return parsed;
	}

	private List<Offer> parseOffers() {
		List<Offer> parsed = new ArrayList<>();
		for (String line : lines(offers)) {
			String[] parts = line.split("\\|", -1);
			if (parts.length > 4 || parts[0].isBlank()) {
				throw new InvalidInputException("offers", "portal.form.offers.invalid", "Unreadable offer");
			}
			String until = parts.length > 2 ? parts[2].strip() : "";
			boolean voucher = parts.length > 3 && !parts[3].isBlank();
			parsed.add(new Offer(parts[0].strip(), parts.length > 1 ? Texts.blankToNull(parts[1]) : null,
					until.isEmpty() ? null : day(until, "offers", "portal.form.offers.invalid"), voucher));
		}
		return parsed;
	}

	private static LocalDate day(String text, String field, String key) {
		try {
			return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("d.M.yyyy"));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, key, "Unreadable date " + text);
		}
	}

	private static List<String> lines(String text) {
		return Texts.entries(Arrays.asList(Objects.requireNonNullElse(text, "").split("\\R")));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortDescription() {
		return shortDescription;
	}

	public void setShortDescription(String shortDescription) {
		this.shortDescription = shortDescription;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getCategories() {
		return categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = categories;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getDistrict() {
		return district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getOpeningHours() {
		return openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public boolean isClosedOnPublicHolidays() {
		return closedOnPublicHolidays;
	}

	public void setClosedOnPublicHolidays(boolean closedOnPublicHolidays) {
		this.closedOnPublicHolidays = closedOnPublicHolidays;
	}

	public String getClosures() {
		return closures;
	}

	public void setClosures(String closures) {
		this.closures = closures;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getSocialLinks() {
		return socialLinks;
	}

	public void setSocialLinks(String socialLinks) {
		this.socialLinks = socialLinks;
	}

	public String getOffers() {
		return offers;
	}

	public void setOffers(String offers) {
		this.offers = offers;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(String accessibility) {
		this.accessibility = accessibility;
	}

	public String getLanguages() {
		return languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}
}

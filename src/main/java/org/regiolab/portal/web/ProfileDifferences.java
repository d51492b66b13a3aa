package org.regiolab.portal.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Texts;
import org.regiolab.portal.ProfileContent;

import org.springframework.stereotype.Component;

/** A submission beside the published version, field by field, so that the office sees what changes. */
@Component
class ProfileDifferences {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** One field: its label's message key, the published and the submitted value, and whether they differ. */
	record Field(String label, @Nullable String published, @Nullable String submitted, boolean changed) {
	}

	private record Line(String label, Function<ProfileContent, String> value) {
	}

	private static final List<Line> LINES = List.of(new Line("portal.field.name", ProfileContent::name),
			new Line("portal.field.shortDescription", ProfileContent::shortDescription),
			new Line("portal.field.description", ProfileContent::description),
			new Line("portal.field.categories", content -> String.join(", ", content.categories())),
			new Line("portal.field.street", ProfileContent::street), new Line("portal.field.postalCode", ProfileContent::postalCode),
			new Line("portal.field.city", ProfileContent::city), new Line("portal.field.district", ProfileContent::district),
			new Line("portal.field.openingHours", ProfileContent::openingHours),
			new Line("portal.field.closures", content -> content.closures().stream()
				.map(closure -> DAY.format(closure.from()) + "-" + DAY.format(closure.to()) + " " + Objects.toString(closure.note(), ""))
				.collect(Collectors.joining("\n"))),
			new Line("portal.field.phone", ProfileContent::phone), new Line("portal.field.publicEmail", ProfileContent::email),
			new Line("portal.field.website", ProfileContent::website),
			new Line("portal.field.socialLinks", content -> String.join("\n", content.socialLinks())),
			new Line("portal.field.offers", content -> ProfileForm.offerLines(content.offers())),
			new Line("portal.field.accessibility", ProfileContent::accessibility),
			new Line("portal.field.languages", content -> String.join(", ", content.languages())));

	List<Field> between(@Nullable ProfileContent published, @Nullable ProfileContent submitted) {
		List<Field> fields = new ArrayList<>();
		for (Line line : LINES) {
			String before = published == null ? null : Texts.blankToNull(line.value().apply(published));
			String after = submitted == null ? null : Texts.blankToNull(line.value().apply(submitted));
			if (before != null || after != null) {
				fields.add(new Field(line.label(), before, after, submitted != null && !Objects.equals(before, after)));
			}
		}
		return fields;
	}
}

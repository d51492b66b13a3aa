package org.regiolab.surveys;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.OrganisationKind;
import org.springframework.modulith.NamedInterface;

/**
 * Whom a survey is sent to, chosen from the registry.
 * @param alliance the people of an alliance's member organisations
 * @param body the members of a body
 * @param event the participants checked in at an event
 * @param kind with sector and region: the people of the organisations of that kind, sector and region
 * @param people people picked one by one
 */
@NamedInterface("api")
public record Audience(@Nullable UUID alliance, @Nullable UUID body, @Nullable UUID event, @Nullable OrganisationKind kind,
		@Nullable String sector, @Nullable String region, @Nullable List<UUID> people) {

	public static Audience ofAlliance(UUID alliance) {
		return new Audience(alliance, null, null, null, null, null, null);
	}

	public static Audience ofEvent(UUID event) {
		return new Audience(null, null, event, null, null, null, null);
	}

	public boolean isEmpty() {
		return alliance == null && body == null && event == null && kind == null && sector == null && region == null
				&& (people == null || people.isEmpty());
	}
}

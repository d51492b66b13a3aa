package org.regiolab.labs;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What is known of a lab: its alliance, coordinating and member organisations refer to the
 * network by id.
 */
public record LabData(String name, LabKind kind, @Nullable UUID alliance, @Nullable UUID coordinator,
		List<UUID> members, @Nullable String place, @Nullable String background, @Nullable String goals,
		@Nullable String phase) {

	public LabData {
		members = List.copyOf(members);
	}
}

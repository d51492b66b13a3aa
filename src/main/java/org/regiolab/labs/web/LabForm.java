package org.regiolab.labs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabData;
import org.regiolab.labs.LabKind;

/** The lab form's fields. */
class LabForm {

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@NotNull
	private @Nullable LabKind kind = LabKind.REALLABOR;

	private @Nullable UUID allianceId;

	private @Nullable UUID coordinatorId;

	private List<UUID> memberIds = new ArrayList<>();

	@Size(max = 200)
	private @Nullable String place;

	@Size(max = 200)
	private @Nullable String phase;

	@Size(max = 10000)
	private @Nullable String background;

	@Size(max = 10000)
	private @Nullable String goals;

	static LabForm of(LabData data) {
		LabForm form = new LabForm();
		form.name = data.name();
		form.kind = data.kind();
		form.allianceId = data.alliance();
		form.coordinatorId = data.coordinator();
		form.memberIds = new ArrayList<>(data.members());
		form.place = data.place();
		form.phase = data.phase();
		form.background = data.background();
		form.goals = data.goals();
		return form;
	}

	LabData toData() {
		return new LabData(name, kind, allianceId, coordinatorId, memberIds, place, background, goals, phase);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable LabKind getKind() {
		return kind;
	}

	public void setKind(@Nullable LabKind kind) {
		this.kind = kind;
	}

	public @Nullable UUID getAllianceId() {
		return allianceId;
	}

	public void setAllianceId(@Nullable UUID allianceId) {
		this.allianceId = allianceId;
	}

	public @Nullable UUID getCoordinatorId() {
		return coordinatorId;
	}

	public void setCoordinatorId(@Nullable UUID coordinatorId) {
		this.coordinatorId = coordinatorId;
	}

	public List<UUID> getMemberIds() {
		return memberIds;
	}

	public void setMemberIds(@Nullable List<UUID> memberIds) {
		this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
	}

	public @Nullable String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public @Nullable String getPhase() {
		return phase;
	}

	public void setPhase(@Nullable String phase) {
		this.phase = phase;
	}

	public @Nullable String getBackground() {
		return background;
	}

	public void setBackground(@Nullable String background) {
		this.background = background;
	}

	public @Nullable String getGoals() {
		return goals;
	}

	public void setGoals(@Nullable String goals) {
		this.goals = goals;
	}
}

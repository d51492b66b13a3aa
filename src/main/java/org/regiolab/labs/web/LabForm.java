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

	private @Nullable UUID alliance;

	private @Nullable UUID coordinator;

	private List<UUID> members = new ArrayList<>();

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
		form.alliance = data.alliance();
		form.coordinator = data.coordinator();
		form.members = new ArrayList<>(data.members());
		form.place = data.place();
		form.phase = data.phase();
		form.background = data.background();
		form.goals = data.goals();
		return form;
	}

	LabData toData() {
		return new LabData(name, kind, alliance, coordinator, members, place, background, goals, phase);
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

	public @Nullable UUID getAlliance() {
		return alliance;
	}

	public void setAlliance(@Nullable UUID alliance) {
		this.alliance = alliance;
	}

	public @Nullable UUID getCoordinator() {
		return coordinator;
	}

	public void setCoordinator(@Nullable UUID coordinator) {
		this.coordinator = coordinator;
	}

	public List<UUID> getMembers() {
		return members;
	}

	public void setMembers(@Nullable List<UUID> members) {
		this.members = members == null ? new ArrayList<>() : members;
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

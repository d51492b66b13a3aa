package org.regiolab.network.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.network.AllianceData;
import org.regiolab.network.AllianceDetails;
import org.regiolab.network.AllianceKind;

/** An alliance as the web form edits it: goals and ground rules one per line. */
class AllianceForm {

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@NotNull
	private @Nullable AllianceKind kind = AllianceKind.BUSINESS_ALLIANCE;

	@Size(max = 2000)
	private @Nullable String vision;

	@Size(max = 5000)
	private @Nullable String description;

	@Size(max = 10000)
	private String goals = "";

	@Size(max = 10000)
	private String groundRules = "";

	private List<String> regionKeys = new ArrayList<>();

	static AllianceForm of(AllianceDetails.Alliance alliance) {
		AllianceForm form = new AllianceForm();
		form.name = alliance.name();
		form.kind = alliance.kind();
		form.vision = alliance.vision();
		form.description = alliance.description();
		form.goals = String.join("\n", alliance.goals());
		form.groundRules = String.join("\n", alliance.groundRules());
		form.regionKeys = new ArrayList<>(alliance.regions().stream().map(AllianceDetails.RegionEntry::key).toList());
		return form;
	}

	AllianceData toData() {
		return new AllianceData(name, kind, regionKeys, vision, description, lines(goals), lines(groundRules));
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable AllianceKind getKind() {
		return kind;
	}

	public void setKind(@Nullable AllianceKind kind) {
		this.kind = kind;
	}

	public @Nullable String getVision() {
		return vision;
	}

	public void setVision(@Nullable String vision) {
		this.vision = vision;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public String getGoals() {
		return goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public String getGroundRules() {
		return groundRules;
	}

	public void setGroundRules(String groundRules) {
		this.groundRules = groundRules;
	}

	public List<String> getRegionKeys() {
		return regionKeys;
	}

	public void setRegionKeys(List<String> regionKeys) {
		this.regionKeys = regionKeys;
	}
}

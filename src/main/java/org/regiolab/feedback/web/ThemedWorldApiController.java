package org.regiolab.feedback.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.Station;
import org.regiolab.feedback.StationCodes;
import org.regiolab.feedback.StationQuestion;
import org.regiolab.feedback.Stations;
import org.regiolab.feedback.ThemedWorld;
import org.regiolab.feedback.ThemedWorlds;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Themed worlds and their stations through the API; coordinators and administrators change them. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ThemedWorldApiController {

	private final ThemedWorlds worlds;
	private final Stations stations;
	private final StationCodes codes;

	ThemedWorldApiController(ThemedWorlds worlds, Stations stations, StationCodes codes) {
		this.worlds = worlds;
		this.stations = stations;
		this.codes = codes;
	}

	record ThemedWorldJson(UUID id, UUID labId, String labName, String title, @Nullable String description,
			LocalDate startsOn, LocalDate endsOn, @Nullable String reportNotice, List<UUID> fundingProgrammeIds) {

		static ThemedWorldJson of(ThemedWorld world) {
			var data = world.data();
			return new ThemedWorldJson(world.id(), world.lab(), world.labName(), data.title(), data.description(),
					data.startsOn(), data.endsOn(), data.reportNotice(), data.fundingProgrammes());
		}
	}

	record StationJson(UUID id, UUID themedWorldId, String name, @Nullable String prototype,
			@Nullable UUID organizationId, @Nullable String organizationName, List<StationQuestion> questions,
			String feedbackUrl) {
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/labs/{id}/themed-worlds", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ThemedWorldJson> create(@PathVariable UUID id, @Valid @RequestBody ThemedWorldInput input) {
		UUID world = worlds.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/themed-worlds/" + world))
			.body(ThemedWorldJson.of(worlds.load(world)));
	}

	@GetMapping("/labs/{id}/themed-worlds")
	List<ThemedWorldJson> ofLab(@PathVariable UUID id) {
		return worlds.ofLab(id).stream().map(ThemedWorldJson::of).toList();
	}

	@GetMapping("/themed-worlds/{id}")
	ThemedWorldJson world(@PathVariable UUID id) {
		return ThemedWorldJson.of(worlds.load(id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/themed-worlds/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ThemedWorldJson update(@PathVariable UUID id, @Valid @RequestBody ThemedWorldInput input) {
		worlds.update(id, input.toData());
		return ThemedWorldJson.of(worlds.load(id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/themed-worlds/{id}/stations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StationJson> createStation(@PathVariable UUID id, @Valid @RequestBody StationInput input) {
		UUID station = stations.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/stations/" + station)).body(json(stations.load(station)));
	}

	@GetMapping("/themed-worlds/{id}/stations")
	List<StationJson> stations(@PathVariable UUID id) {
		worlds.load(id);
		return stations.ofThemedWorld(id).stream().map(this::json).toList();
	}

	@GetMapping("/stations/{id}")
	StationJson station(@PathVariable UUID id) {
		return json(stations.load(id));
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/stations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	StationJson updateStation(@PathVariable UUID id, @Valid @RequestBody StationInput input) {
		stations.update(id, input.toData());
		return json(stations.load(id));
	}

	@GetMapping(path = "/stations/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrSvg(@PathVariable UUID id) {
		Station station = stations.load(id);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(codes.svg(id, station.data().name()));
	}

	@GetMapping(path = "/stations/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrPng(@PathVariable UUID id) {
		stations.load(id);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(codes.png(id, 12));
	}

	private StationJson json(Station station) {
		var data = station.data();
		return new StationJson(station.id(), station.themedWorld(), data.name(), data.prototype(), data.organisation(),
				station.organisationName(), data.questions(), codes.target(station.id()));
	}
}

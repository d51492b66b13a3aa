package org.regiolab.portal.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.ProfilePhotos;
import org.regiolab.portal.ProfileRegistry;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A profile's photos through the API: the shown ones for everybody, upload and removal for those who keep it. */
@RestController
class PhotoApiController {

	private final ProfilePhotos photos;
	private final ProfileRegistry profiles;

	PhotoApiController(ProfilePhotos photos, ProfileRegistry profiles) {
		this.photos = photos;
		this.profiles = profiles;
	}

	@Operation(summary = "The photos of a profile: the shown ones, and for those who keep it also those waiting for review")
	@GetMapping(path = "/api/v1/portal/profiles/{id}/photos", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ProfilePhotos.Photo> list(@PathVariable UUID id, @Nullable Authentication user) {
		profiles.load(id);
		return profiles.mayEdit(id, user) ? photos.all(id) : photos.shown(id);
	}

	@Operation(summary = "Uploads a PNG or JPEG photo (multipart: file, caption = its alternative text); it is scaled on the server")
	@PostMapping(path = "/api/v1/portal/profiles/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProfilePhotos.Photo> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam String caption, Authentication user) throws IOException {
		ProfilePhotos.Photo photo = photos.add(id, file.getBytes(), caption, user);
		return ResponseEntity.created(PhotoController.location(photo)).body(photo);
	}

	@Operation(summary = "Removes a photo")
	@DeleteMapping("/api/v1/portal/profiles/{id}/photos/{photo}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID photo, Authentication user) {
		photos.remove(id, photo, user);
		return ResponseEntity.noContent().build();
	}
}

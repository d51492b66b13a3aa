package org.regiolab.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a profile. Whoever keeps the profile uploads them; a business's photos wait, like
 * its other changes, until the office publishes the profile.
 */
@Service
@Transactional
public class ProfilePhotos {

	static final int MAX_PHOTOS = 10;

	/** A photo as pages show it: the caption is its alternative text. */
	public record Photo(UUID id, UUID profile, String caption, int width, int height, boolean approved) {

		public String url() {
			return PortalPaths.profile(profile) + "/photos/" + id;
		}
	}

	private final JdbcClient jdbc;
	private final ProfileRegistry profiles;
	private final AuditLog audit;

	ProfilePhotos(JdbcClient jdbc, ProfileRegistry profiles, AuditLog audit) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.audit = audit;
	}

	public Photo add(UUID profile, byte[] upload, String caption, Authentication by) {
		profiles.load(profile);
		if (!profiles.mayEdit(profile, by)) {
			throw new AccessDeniedException("Not an editor of profile " + profile);
		}
		String text = Texts.blankToNull(caption);
		if (text == null || text.length() > 300) {
			throw new InvalidInputException("caption", "portal.photo.caption", "A photo needs a caption of up to 300 characters");
		}
		if (jdbc.sql("select count(*) from portal_photo where profile = ?").param(profile).query(Integer.class).single() >= MAX_PHOTOS) {
			throw new InvalidInputException("file", "portal.photo.tooMany", "At most ten photos");
		}
		PhotoScaler.Scaled scaled = PhotoScaler.scale(upload);
		UUID id = UUID.randomUUID();
		boolean approved = Roles.mayEdit(by);
		jdbc.sql("""
				insert into portal_photo (id, profile, caption, width, height, image, thumbnail, approved)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, profile, text, scaled.width(), scaled.height(), scaled.image(), scaled.thumbnail(), approved)
			.update();
		if (approved) {
			profiles.pageChanged(profile);
		}
		else {
			// a business's photo is a change like any other: the profile goes to the office for review
			profiles.change(profile, profiles.load(profile).current(), by);
		}
		audit.record("portal.photo.added", "portal-profile:" + profile, "photo " + id);
		return new Photo(id, profile, text, scaled.width(), scaled.height(), approved);
	}

	public void remove(UUID profile, UUID photo, Authentication by) {
		if (!profiles.mayEdit(profile, by)) {
			throw new AccessDeniedException("Not an editor of profile " + profile);
		}
		jdbc.sql("delete from portal_photo where id = ? and profile = ?").params(photo, profile).update();
		profiles.pageChanged(profile);
		audit.record("portal.photo.removed", "portal-profile:" + profile, "photo " + photo);
	}

	/** The photos visitors see, oldest first. */
	@Transactional(readOnly = true)
	public List<Photo> shown(UUID profile) {
		return photos(profile, true);
	}

	/** Every photo, for those who keep the profile. */
	@Transactional(readOnly = true)
	public List<Photo> all(UUID profile) {
		return photos(profile, false);
	}

	/** The scaled image (or its thumbnail) of a photo visitors may see. */
	@Transactional(readOnly = true)
	public Optional<byte[]> image(UUID profile, UUID photo, boolean thumbnail) {
		return jdbc.sql("select " + (thumbnail ? "thumbnail" : "image")
				+ " from portal_photo where id = ? and profile = ? and approved")
			.params(photo, profile)
			.query(byte[].class)
			.optional();
	}

	private List<Photo> photos(UUID profile, boolean approvedOnly) {
		return jdbc.sql("select id, profile, caption, width, height, approved from portal_photo where profile = ?"
				+ (approvedOnly ? " and approved" : "") + " order by created_at, id")
			.param(profile)
			.query((rs, row) -> new Photo(rs.getObject("id", UUID.class), rs.getObject("profile", UUID.class),
					rs.getString("caption"), rs.getInt("width"), rs.getInt("height"), rs.getBoolean("approved")))
			.list();
	}
}

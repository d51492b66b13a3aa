package org.regiolab.network;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An alliance's members-only area: pages and files. Every method checks access itself, so no
 * caller can forget to: members and coordinators read, coordinators and administrators write.
 */
@NamedInterface("api")
@Service
@Transactional
public class MembersArea {

	/** A page of the area. */
	public record Page(UUID id, String title, String body, String author, Instant createdAt) {
	}

	/** A file of the area, without its content. */
	public record FileEntry(UUID id, String name, String mediaType, long size, String uploadedBy, Instant uploadedAt) {
	}

	/** A file to hand out. */
	public record Download(String name, String mediaType, byte[] content) {
	}

	private final JdbcClient jdbc;
	private final AllianceAccess access;
	private final AuditLog audit;

	MembersArea(JdbcClient jdbc, AllianceAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Page> pages(UUID alliance, Authentication user) {
		requireEntry(alliance, user);
		return jdbc.sql("select id, title, body, author, created_at from alliance_page where alliance = ? order by created_at desc")
			.param(alliance).query(Page.class).list();
	}

	@Transactional(readOnly = true)
	public List<FileEntry> files(UUID alliance, Authentication user) {
		requireEntry(alliance, user);
		return jdbc.sql("""
				select id, name, media_type, size, uploaded_by, uploaded_at from alliance_file
				where alliance = ? order by uploaded_at desc""")
			.param(alliance).query(FileEntry.class).list();
	}

	@Transactional(readOnly = true)
	public Download download(UUID alliance, UUID file, Authentication user) {
		requireEntry(alliance, user);
		return jdbc.sql("select name, media_type, content from alliance_file where alliance = ? and id = ?")
			.params(alliance, file)
			.query(Download.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("file", file));
	}

	public UUID addPage(UUID alliance, String title, String body, Authentication user) {
		requireCoordination(alliance, user);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into alliance_page (id, alliance, title, body, author) values (?, ?, ?, ?, ?)")
			.params(id, alliance, title.strip(), body.strip(), user.getName())
			.update();
		audit.record("alliance.page-added", "alliance:" + alliance, title.strip());
		return id;
	}

	public UUID addFile(UUID alliance, String name, byte[] content, Authentication user) {
		requireCoordination(alliance, user);
		UploadedFile file = UploadedFile.check(name, content);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into alliance_file (id, alliance, name, media_type, size, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, alliance, file.name(), file.mediaType(), (long) content.length, content, user.getName())
			.update();
		audit.record("alliance.file-added", "alliance:" + alliance, file.name());
		return id;
	}

	/** Whether the user may write here; pages offer the forms only then. */
	@Transactional(readOnly = true)
	public boolean mayWrite(UUID alliance, Authentication user) {
		return access.mayCoordinate(alliance, user);
	}

	private void requireEntry(UUID alliance, Authentication user) {
		requireAlliance(alliance);
		if (!access.mayEnter(alliance, user)) {
			throw new AccessDeniedException("Not a member of alliance " + alliance);
		}
	}

	private void requireCoordination(UUID alliance, Authentication user) {
		requireAlliance(alliance);
		if (!access.mayCoordinate(alliance, user)) {
			throw new AccessDeniedException("Not a coordinator of alliance " + alliance);
		}
	}

	private void requireAlliance(UUID alliance) {
		Optional.of(jdbc.sql("select count(*) from alliance where id = ?").param(alliance).query(Long.class).single())
			.filter(count -> count > 0)
			.orElseThrow(() -> NotFoundException.of("alliance", alliance));
	}
}

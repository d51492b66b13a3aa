package org.regiolab.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.AllianceAccess;
import org.regiolab.network.MembersArea;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documentation of an event: texts, files and photos. Members-only entries are published into
 * the organising alliance's members' area too, so members find them where they look for reports.
 * Reading checks access here, for anonymous callers ({@code null}) as well: callers only add the
 * role check for writing.
 */
@Service
@Transactional
public class EventDocumentation {

	/** An entry as pages list it, without the file's content. */
	public record Entry(UUID id, UUID event, DocumentationVisibility visibility, String caption, @Nullable String body,
			@Nullable String fileName, @Nullable String mediaType, @Nullable Long size, String addedBy, Instant addedAt) {

		public boolean photo() {
			return mediaType != null && DocumentationFile.isPhoto(mediaType);
		}
	}

	/** An entry to add; {@code fileName} and {@code content} together or neither. */
	public record NewEntry(DocumentationVisibility visibility, String caption, @Nullable String body,
			@Nullable String fileName, byte @Nullable [] content) {
	}

	/** A file to hand out. */
	public record Download(String name, String mediaType, byte[] content) {
	}

	private final JdbcClient jdbc;
	private final EventRegistry events;
	private final AllianceAccess access;
	private final MembersArea area;
	private final AuditLog audit;

	EventDocumentation(JdbcClient jdbc, EventRegistry events, AllianceAccess access, MembersArea area, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.access = access;
		this.area = area;
		this.audit = audit;
	}

	public UUID add(UUID event, NewEntry entry, Authentication user) {
		EventView view = events.load(event);
		String caption = Texts.blankToNull(entry.caption());
		String body = Texts.blankToNull(entry.body());
		if (caption == null || caption.length() > 300) {
			throw new InvalidInputException("caption", "documentation.caption.invalid", "Caption blank or too long");
		}
		if (body != null && body.length() > 20000) {
			throw new InvalidInputException("body", "documentation.body.tooLong", "Text too long");
		}
		DocumentationFile file = entry.content() == null || entry.content().length == 0 ? null
				: DocumentationFile.check(entry.fileName() == null ? "" : entry.fileName(), entry.content());
		if (body == null && file == null) {
			throw new InvalidInputException("body", "documentation.empty", "Neither text nor file");
		}
		UUID page = null;
		UUID published = null;
		if (entry.visibility() == DocumentationVisibility.MEMBERS) {
			UUID alliance = view.data().alliance();
			if (alliance == null) {
				throw new InvalidInputException("visibility", "documentation.visibility.noAlliance",
						"A members-only entry needs an organising alliance");
			}
			page = area.addPage(alliance, pageTitle(view, caption), body == null ? caption : body, user);
			published = file == null ? null : area.addFile(alliance, file.name(), file.content(), user);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_documentation (id, event, visibility, caption, body, file_name, media_type, size, content,
				                                 members_page, members_file, added_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, event, entry.visibility().name(), caption, body, file == null ? null : file.name(),
					file == null ? null : file.mediaType(), file == null ? null : (long) file.content().length,
					file == null ? null : file.content(), page, published, user.getName())
			.update();
		audit.record("event.documentation-added", EventRegistry.subject(event), caption);
		return id;
	}

	/** The entries the user may see, newest first; anonymous callers see only a public event's public entries. */
	@Transactional(readOnly = true)
	public List<Entry> visibleTo(UUID event, @Nullable Authentication user) {
		EventView view = visibleEvent(event, user);
		return jdbc.sql("""
				select id, event, visibility, caption, body, file_name, media_type, size, added_by, added_at
				from event_documentation where event = ? order by added_at desc, id""")
			.param(event)
			.query(Entry.class)
			.list()
			.stream()
			.filter(entry -> mayRead(view, entry.visibility(), user))
			.toList();
	}

	@Transactional(readOnly = true)
	public Download download(UUID event, UUID entry, @Nullable Authentication user) {
		EventView view = visibleEvent(event, user);
		String visibility = jdbc.sql("select visibility from event_documentation where id = ? and event = ? and content is not null")
			.params(entry, event).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("No file " + entry + " in event " + event));
		if (!mayRead(view, DocumentationVisibility.valueOf(visibility), user)) {
			throw new AccessDeniedException("Entry " + entry + " is for the alliance's members");
		}
		return jdbc.sql("select file_name as name, media_type, content from event_documentation where id = ?")
			.param(entry).query(Download.class).single();
	}

	/** The event, unless an anonymous caller asks for one that is not public: to them it does not exist. */
	private EventView visibleEvent(UUID event, @Nullable Authentication user) {
		EventView view = events.load(event);
		if (user == null && !view.data().isPublic()) {
			throw NotFoundException.of("public event", event);
		}
		return view;
	}

	private boolean mayRead(EventView event, DocumentationVisibility visibility, @Nullable Authentication user) {
		if (visibility == DocumentationVisibility.PUBLIC) {
			return true;
		}
		return user != null && event.data().alliance() != null && access.mayEnter(event.data().alliance(), user);
	}

	private static String pageTitle(EventView event, String caption) {
		String title = event.data().title() + ": " + caption;
		return title.length() <= 200 ? title : title.substring(0, 199) + "…";
	}
}

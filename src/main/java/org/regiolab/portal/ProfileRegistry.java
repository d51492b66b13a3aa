package org.regiolab.portal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.accounts.Roles;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.portal.search.IndexQueue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and moderates business profiles. A change never touches the published version:
 * it waits as the draft until the office publishes it. Each call is one transaction that writes
 * the audit log and, when the public version changes, queues the search index's update.
 */
@Service
@Transactional
public class ProfileRegistry {

	private final Profiles profiles;
	private final ProfileEditors editors;
	private final ProfileCheck check;
	private final NetworkDirectory network;
	private final IndexQueue index;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	ProfileRegistry(Profiles profiles, ProfileEditors editors, ProfileCheck check, NetworkDirectory network,
			IndexQueue index, AuditLog audit, ApplicationEventPublisher events) {
		this.profiles = profiles;
		this.editors = editors;
		this.check = check;
		this.network = network;
		this.index = index;
		this.audit = audit;
		this.events = events;
	}

	/** A profile the office writes on a business's behalf; a draft until the office publishes it. */
	public UUID create(UUID organisation, ProfileContent content) {
		return insert(organisation, content, ProfileStatus.DRAFT);
	}

	/** A profile a business registered itself: it waits for review, and its registrant keeps it. */
	UUID register(UUID organisation, ProfileContent content, String editor) {
		UUID id = insert(organisation, content, ProfileStatus.SUBMITTED);
		editors.add(id, editor);
		return id;
	}

	/**
	 * Replaces the draft. A business's change goes to the office for review at once; the office's
	 * own change keeps a draft a draft and waits for the office's publication otherwise.
	 */
	public void change(UUID id, ProfileContent content, Authentication by) {
		Profiles.Row row = lock(id);
		requireEditor(row.id(), by);
		ProfileContent clean = check.tidy(content);
		ProfileStatus status = Roles.mayEdit(by) && row.status() == ProfileStatus.DRAFT ? ProfileStatus.DRAFT
				: ProfileStatus.SUBMITTED;
		profiles.saveDraft(id, status, clean);
		audit.record("portal.profile.changed", subject(id), "status=" + status);
	}

	/** Makes the draft the public version; nothing happens when there is no draft. */
	public void publish(UUID id) {
		Profiles.Row row = lock(id);
		if (row.draft() == null) {
			return;
		}
		profiles.publishDraft(id);
		index.enqueue(IndexQueue.Kind.PROFILE, id);
		pageChanged(id);
		audit.record("portal.profile.published", subject(id), row.draft().name());
	}

	void pageChanged(UUID id) {
		events.publishEvent(new ProfilePageChanged(id));
	}

	/** Sends a submission back to its business with the office's reason; the published version stays. */
	public void sendBack(UUID id, String note) {
		Profiles.Row row = lock(id);
		if (row.draft() == null) {
			throw new InvalidInputException("note", "portal.review.nothing", "Nothing waits for review");
		}
		profiles.sendBack(id, note.strip());
		audit.record("portal.profile.sent-back", subject(id), null);
	}

	/** Lets the account with this email keep the profile (after a handover or a registration). */
	public void addEditor(UUID id, String email) {
		lock(id);
		editors.add(id, email);
		audit.record("portal.profile.editor-added", subject(id), null);
	}

	@Transactional(readOnly = true)
	public Optional<ProfileView> find(UUID id) {
		return profiles.find(id).map(this::view);
	}

	@Transactional(readOnly = true)
	public ProfileView load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("profile", id));
	}

	/** The profiles an account keeps besides the office, by name. */
	@Transactional(readOnly = true)
	public java.util.List<ProfileView> keptBy(String email) {
		return editors.profilesOf(email).stream().map(this::load)
			.sorted(java.util.Comparator.comparing(profile -> profile.current().name().toLowerCase(java.util.Locale.GERMAN)))
			.toList();
	}

	/** The office keeps every profile; a business the profiles handed to it. */
	@Transactional(readOnly = true)
	public boolean mayEdit(UUID id, @Nullable Authentication user) {
		return Roles.mayEdit(user) || (Roles.signedIn(user) && editors.isEditor(id, user.getName()));
	}

	private UUID insert(UUID organisation, ProfileContent content, ProfileStatus status) {
		if (network.organisationNames(Set.of(organisation)).isEmpty()) {
			throw new InvalidInputException("organizationId", "portal.organisation.unknown", "Unknown organisation");
		}
		ProfileContent clean = check.tidy(content);
		UUID id = UUID.randomUUID();
		profiles.insert(id, organisation, status, clean);
		audit.record("portal.profile.created", subject(id), clean.name());
		return id;
	}

	private void requireEditor(UUID id, Authentication by) {
		if (!mayEdit(id, by)) {
			throw new org.springframework.security.access.AccessDeniedException("Not an editor of profile " + id);
		}
	}

	private Profiles.Row lock(UUID id) {
		return profiles.lock(id).orElseThrow(() -> NotFoundException.of("profile", id));
	}

	private ProfileView view(Profiles.Row row) {
		return row.view(network.organisationNames(Set.of(row.organisation())).get(row.organisation()));
	}

	private static String subject(UUID id) {
		return "portal-profile:" + id;
	}
}

package org.regiolab.portal;

/**
 * Where a profile stands in moderation. A published profile whose change waits for review is
 * {@code SUBMITTED} and still shows its published version.
 */
public enum ProfileStatus {
	/** Being written, not yet sent to the office. */
	DRAFT,
	/** Waiting for the office to review it (new, or a change of a published profile). */
	SUBMITTED,
	/** Public, nothing waiting. */
	PUBLISHED
}

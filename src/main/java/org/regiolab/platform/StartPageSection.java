package org.regiolab.platform;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * What a module shows on the start page of a signed-in user, such as the certifications due for
 * renewal. The start page renders each section's fragment with the section's model, so it needs
 * to know nothing of the modules.
 */
public interface StartPageSection {

	/**
	 * The section for this user, or nothing if it has nothing to show them.
	 */
	Optional<Content> contentFor(Authentication user);

	/**
	 * @param template the template holding the fragment, e.g. {@code labs/start}
	 * @param fragment the fragment's name in it
	 * @param model what the fragment reads as {@code section.model}
	 */
	record Content(String template, String fragment, Map<String, Object> model) {
	}
}

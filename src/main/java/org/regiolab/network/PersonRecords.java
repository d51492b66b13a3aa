package org.regiolab.network;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * What another module stores about a person, for the export of everything stored about them (GDPR
 * art. 15 and 20). A module that keeps personal data declares a bean of this type; the person's
 * export lists its records under its name. Erasure is the module's own: it listens to
 * {@link PersonErased}.
 */
@NamedInterface("api")
public interface PersonRecords {

	/** The key of the export's entry, e.g. {@code "interviews"}. */
	String name();

	/** The records about the person, as JSON shows them; empty if there are none. */
	List<?> of(UUID person);
}

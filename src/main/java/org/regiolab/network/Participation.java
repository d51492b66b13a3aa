package org.regiolab.network;

import org.springframework.modulith.NamedInterface;

/**
 * Something an organisation takes part in, as its page lists it.
 * @param kindKey message key of what it is, e.g. {@code participation.alliance}
 * @param name its name
 * @param role message key of the organisation's role there, or {@code null}
 */
@NamedInterface("api")
public record Participation(String kindKey, String name, String role) {
}

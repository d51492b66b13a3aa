package org.regiolab.surveys;

import org.springframework.modulith.NamedInterface;

/**
 * A file as a person sent it for a file question: the name their device gave it, which is only
 * shown, and its bytes, which decide what it is.
 */
@NamedInterface("api")
public record Upload(String name, byte[] content) {
}

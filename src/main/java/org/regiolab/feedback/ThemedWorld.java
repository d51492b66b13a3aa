package org.regiolab.feedback;

import java.util.UUID;

/** A themed world of a lab, such as JOSEPHS' »intelligent & digital«. */
public record ThemedWorld(UUID id, UUID lab, String labName, ThemedWorldData data) {
}

package org.regiolab.feedback;

import java.util.UUID;

/** One free text of one feedback entry. */
record FreeText(UUID feedback, String text) {
}

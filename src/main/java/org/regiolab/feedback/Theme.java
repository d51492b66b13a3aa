package org.regiolab.feedback;

import java.util.List;

/** A recurring theme of free texts (placeholder until the theme finder lands). */
public record Theme(String term, int count, List<String> examples, List<String> terms) {
}

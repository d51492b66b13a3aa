package org.regiolab.labs;

import org.jspecify.annotations.Nullable;

/**
 * A funding programme and the publicity notice every measure or event it pays for must show
 * (»… werden aus Mitteln des Europäischen Sozialfonds … gefördert«).
 */
public record FundingProgrammeData(String name, Fund fund, @Nullable String operator, String notice) {
}

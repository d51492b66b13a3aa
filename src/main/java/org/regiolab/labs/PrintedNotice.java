package org.regiolab.labs;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.FactSheet.FundingNotice;

import org.springframework.modulith.NamedInterface;

/**
 * A funding programme's publicity notice as a PDF prints it, with its logo checked and sized. The
 * template fragment {@code fragments/pdf :: notices} lays it out.
 */
@NamedInterface("api")
public record PrintedNotice(String programme, String notice, @Nullable Logo logo) {

	static PrintedNotice of(FundingNotice notice) {
		return new PrintedNotice(notice.programme(), notice.notice(), Logo.of(notice));
	}
}

package org.regiolab.portal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Something a business offers right now: a weekly special, a voucher, an event of its own.
 * @param validUntil the last day it holds; none means "until withdrawn"
 * @param voucher whether it is a voucher (e.g. the Bottroper Gutschein is accepted here)
 */
public record Offer(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 2000) String text, @Nullable LocalDate validUntil, boolean voucher) {

	public boolean currentOn(LocalDate day) {
		return validUntil == null || !day.isAfter(validUntil);
	}
}

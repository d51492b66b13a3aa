package org.regiolab.portal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The portal's settings.
 * @param indexDir where the embedded search index lives; unset, {@code portal-index} in the data directory
 * @param holidayState the German state whose public holidays close the businesses that say so ({@code NW} for Bottrop)
 * @param pageCache how much memory the profile pages kept for visitors without an account may take,
 *        compressed (about 2 KB a page); 0 keeps none
 * @param searchAnswers how many answers of the search are kept for the same question asked again,
 *        until the index changes (a few KB each); 0 keeps none
 */
@ConfigurationProperties("regiolab.portal")
public record PortalProperties(@Nullable Path indexDir, @DefaultValue("NW") String holidayState,
		@DefaultValue("64MB") DataSize pageCache, @DefaultValue("2000") int searchAnswers) {
}

package org.regiolab.portal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings.
 * @param indexDir where the embedded search index lives; unset, {@code portal-index} in the data directory
 * @param holidayState the German state whose public holidays close the businesses that say so ({@code NW} for Bottrop)
 */
@ConfigurationProperties("regiolab.portal")
public record PortalProperties(@Nullable Path indexDir, @DefaultValue("NW") String holidayState) {
}

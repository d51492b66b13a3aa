package org.regiolab.platform;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * RegioLab's own settings that are not a module's.
 * @param dataDir where the embedded PostgreSQL keeps its data ({@code REGIOLAB_DATA_DIR})
 * @param demo whether to load and show the demo world; unset means "when the embedded database is new"
 * @param maxRequestBody the largest request body the API accepts
 * @param publicUrl where people reach RegioLab, for links in mails ({@code REGIOLAB_PUBLIC_URL})
 */
@ConfigurationProperties("regiolab")
public record PlatformProperties(@DefaultValue("./data") Path dataDir, @Nullable Boolean demo,
		@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue("http://localhost:8080") URI publicUrl) {
}

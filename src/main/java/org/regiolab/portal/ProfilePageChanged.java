package org.regiolab.portal;

import java.util.UUID;

/**
 * What visitors see of a profile has changed: a new version was published, or a photo they see was
 * added or removed. Published in the transaction of the change, for whatever keeps the page.
 */
public record ProfilePageChanged(UUID profile) {
}

/**
 * The regional network: organisations, alliances and who belongs to which. The rest of RegioLab
 * refers to it by id through {@link org.regiolab.network.NetworkDirectory}.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api" })
package org.regiolab.network;

import org.springframework.modulith.ApplicationModule;

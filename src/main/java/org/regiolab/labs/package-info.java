/**
 * Real-world labs, innovation labs and labs of social innovation, and (as they arrive) their
 * measures with fact sheets.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api", "network :: api" })
package org.regiolab.labs;

import org.springframework.modulith.ApplicationModule;

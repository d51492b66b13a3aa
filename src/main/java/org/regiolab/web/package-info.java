/**
 * The web's frame: layout and navigation, languages, the start page and the error pages. No
 * business logic lives here.
 */
@ApplicationModule(allowedDependencies = { "platform", "accounts :: api" })
package org.regiolab.web;

import org.springframework.modulith.ApplicationModule;

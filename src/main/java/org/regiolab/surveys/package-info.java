/** Company surveys and interviews: questions, invitations, answers and their results. */
@ApplicationModule(allowedDependencies = { "platform", "platform :: charts", "accounts :: api", "network :: api", "events :: api",
		"labs :: api", "feedback :: api" })
package org.regiolab.surveys;

import org.springframework.modulith.ApplicationModule;

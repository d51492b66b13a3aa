/**
 * The technical ground every module stands on: the embedded PostgreSQL, the API conventions
 * (problem details, pages of items), the demo-world switch and the mail outbox. It holds no
 * business rules.
 */
@ApplicationModule(allowedDependencies = {})
package org.regiolab.platform;

import org.springframework.modulith.ApplicationModule;

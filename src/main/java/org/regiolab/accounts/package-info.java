/**
 * Who may do what: user accounts and their roles, login and its throttling, personal API tokens,
 * invitations and the audit log.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package org.regiolab.accounts;

import org.springframework.modulith.ApplicationModule;

/**
 * Who may do what: user accounts and their roles, login and its throttling, personal API tokens,
 * invitations and the audit log.
 */
package org.regiolab.accounts;

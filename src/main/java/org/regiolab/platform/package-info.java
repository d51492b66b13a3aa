/**
 * The technical ground every module stands on: the embedded PostgreSQL, the API conventions
 * (problem details, pages of items) and the demo-world switch. It holds no business rules.
 */
package org.regiolab.platform;

/**
 * The history of assessments per client: an embedded H2 database in the user's data folder, its schema kept by
 * Flyway migrations (plain SQL under {@code db/migration}), read and written with plain JDBC.
 */
package org.ismsassessor.store;

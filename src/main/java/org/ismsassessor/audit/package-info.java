/**
 * The audit trail's chain: append-only entries, each carrying an HMAC-SHA256 over the previous entry's hash and
 * its own fields, keyed outside the database ({@link org.ismsassessor.audit.AuditKey}); appending under one row
 * lock and verifying, in plain JDBC so that the web service and the command line share it.
 */
package org.ismsassessor.audit;

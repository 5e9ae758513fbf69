/**
 * The service's audit trail: every sign-in, failed sign-in and request that reads or changes client data or
 * accounts is appended to the chain ({@link org.ismsassessor.audit.AuditChain}) by one filter keyed on method and
 * path, and read back, filtered and paged, by admins (API and page).
 */
package org.ismsassessor.web.audit;

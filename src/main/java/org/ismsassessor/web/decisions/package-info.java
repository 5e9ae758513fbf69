/**
 * Decisions on findings in the service: stored per client (withdrawn ones kept), recorded by consultants and admins,
 * read by everyone the client is granted to, and applied to every result the service shows.
 */
package org.ismsassessor.web.decisions;

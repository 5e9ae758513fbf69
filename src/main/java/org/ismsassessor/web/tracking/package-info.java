/**
 * Remediation tracking in the service: each action-plan item's assignee, due date, status and notes per client, set
 * through the API, the report page or an uploaded XLSX report, and kept in step with each new assessment.
 */
package org.ismsassessor.web.tracking;

/**
 * Remediation tracking: who fixes each action-plan item by when and how far it is, keyed by the finding's stable id;
 * read from the API, the pages or the XLSX action plan's tracking columns, and kept in step with later assessments
 * (an item whose finding is gone is closed, one whose finding is raised again is reopened).
 */
package org.ismsassessor.tracking;

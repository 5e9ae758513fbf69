/**
 * Decisions on findings: a consultant's false positive, deferral or accepted risk, recorded against a finding's stable
 * id (and optionally one item of a grouped finding), checked by the same rules on the command line and in the service,
 * and applied to a result without changing any finding or the verdict. See docs/decisions-and-tracking.md.
 */
package org.ismsassessor.decision;

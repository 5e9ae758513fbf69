/**
 * One assessment from end to end: load and check the snapshot, run the rules, resolve each finding's
 * evidence paths, plan the recommended actions and assemble the result every report is written from.
 */
package org.ismsassessor.assessment;

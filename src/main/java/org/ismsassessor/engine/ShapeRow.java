package org.ismsassessor.engine;

import org.ismsassessor.snapshot.ActivityKind;
import org.ismsassessor.snapshot.DocumentType;
import org.ismsassessor.snapshot.ReviewInput;
import org.ismsassessor.snapshot.ReviewOutput;

/**
 * One row of a rule shape's table ({@code rules/<edition>/shapes/<shape>.csv}): one requirement checked the way
 * every row of the table is, by the one rule declaring {@code @shape("<shape>")}. The row stands for what used to be
 * a rule of its own: its findings carry the row's rule name and requirement, so finding ids, the grading table and
 * {@code compare} across versions are unchanged. A column a shape does not use is null.
 *
 * @param shape          the table's name, which the reading rule declares
 * @param rule           the name its findings carry (their rule), graded by that name in grading.csv
 * @param requirement    the requirement or control id checked
 * @param section        the snapshot section (top-level key) the row is about
 * @param characteristic the organization characteristic under which the row applies
 * @param documentType   the type of document the row asks for
 * @param activityKind   the kind of activity record the row asks for
 * @param reviewInput    the management review input the row asks for
 * @param reviewOutput   the management review output the row asks for
 * @param topic          the interval topic the row is about
 * @param period         for intervals: what the interval measures, in words ("between reviews of the policy")
 * @param title          the finding's title ({name} placeholders filled by the rule)
 * @param because        the finding's explanation
 * @param remedy         the finding's recommended action
 * @param file           the table's resource path, for messages
 * @param line           the row's line in the table
 */
public record ShapeRow(String shape, String rule, String requirement, String section, String characteristic,
        DocumentType documentType, ActivityKind activityKind, ReviewInput reviewInput, ReviewOutput reviewOutput,
        IntervalTopic topic, String period, String title, String because, String remedy,
        String file, int line) {
}

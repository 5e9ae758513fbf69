package org.ismsassessor.engine;

/**
 * A derived fact (clause 4.3.1): a control selected in the Statement of Applicability is linked to the
 * risk assessment, through a risk or requirement it names or a risk that names it as its control.
 */
public record SelectedControlTraced(String control) {
}

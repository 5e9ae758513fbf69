/**
 * Moving an ISMS to a newer edition of ISO/IEC 27001: the edition mappings (2005 to 2013 to 2022, control to
 * control(s) and clause to clause(s), as data under {@code catalogue/mappings/}), and the transition report that
 * re-expresses a Statement of Applicability in the 2022 controls, saying which decisions carry over and which need
 * to be taken anew. Public API: {@link org.ismsassessor.transition.Mappings}, {@link org.ismsassessor.transition.Transition},
 * {@link org.ismsassessor.transition.TransitionReport}, {@link org.ismsassessor.transition.Soa2013Csv} and
 * {@link org.ismsassessor.transition.TransitionFormat}.
 */
package org.ismsassessor.transition;

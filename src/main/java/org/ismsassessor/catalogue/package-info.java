/**
 * The catalogue of one edition of the standard: the checkable requirements of the main clauses (4-8 in 2005,
 * 4-10 in 2022) and the Annex A controls with the characteristics that make each expected. Data, loaded from
 * resources per edition.
 */
package org.ismsassessor.catalogue;

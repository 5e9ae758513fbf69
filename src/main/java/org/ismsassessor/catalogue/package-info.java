/**
 * The catalogue of one edition of the standard: the checkable requirements of clauses 4-8 and the Annex A
 * controls with the characteristics that make each expected. Data, loaded from resources per edition.
 */
package org.ismsassessor.catalogue;

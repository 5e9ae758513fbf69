package org.ismsassessor.engine;

import org.ismsassessor.snapshot.DocumentStatus;
import org.ismsassessor.snapshot.DocumentType;

/**
 * A derived fact (clause 4.3.1): a registered document holds one of the documents the ISMS documentation
 * must include, either by its type or because a section names it as its document (the scope's, the
 * policy's, ...), with the document's life-cycle state.
 */
public record DocumentServesAs(String documentId, DocumentType role, DocumentStatus status) {
}

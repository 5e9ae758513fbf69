/**
 * The REST API, versioned under {@code /api/v1}: assessments and results in every report format, validation,
 * clients, history, portfolio, comparisons, the catalogue, users, grants and API tokens. Errors are RFC 9457
 * problem details; bad input names each error's JSON path.
 */
package org.ismsassessor.web.api;

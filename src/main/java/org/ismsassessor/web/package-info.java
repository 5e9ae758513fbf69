/**
 * The multi-client web service ({@code serve}): a versioned REST API, server-rendered pages, accounts with roles
 * and per-client grants, on the embedded database or PostgreSQL. Sub-packages by feature: accounts (users, roles,
 * grants, tokens, security), results (submitting, storing and reading assessments per client), api (the REST
 * endpoints and their problem details), pages (the signed-in web pages).
 */
package org.ismsassessor.web;

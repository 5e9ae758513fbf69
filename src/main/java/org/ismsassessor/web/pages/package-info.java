/**
 * The signed-in web pages, server-rendered with Thymeleaf and nothing fetched from the internet: sign in, the
 * clients with an upload form (drag and drop), a result's HTML report, a client's history with its trend chart
 * and results to compare, a comparison, the portfolio. The report, history and comparison pages are the same
 * documents the command line writes, with the service's bar injected on top.
 */
package org.ismsassessor.web.pages;

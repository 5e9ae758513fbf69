/** The command line: assess, validate, catalogue, compare, history and portfolio, with exit codes made for CI pipelines. */
package org.ismsassessor.cli;

/** The command line: assess, validate and catalogue, with exit codes made for CI pipelines. */
package org.ismsassessor.cli;

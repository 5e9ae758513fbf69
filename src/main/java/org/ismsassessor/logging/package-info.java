/** How the assessor logs: libraries' warnings and errors on standard error, nothing on standard output. */
package org.ismsassessor.logging;

/** Coverage of the catalogue: how many rules and scenarios (conforming and nonconforming) check each id. */
package org.ismsassessor.coverage;

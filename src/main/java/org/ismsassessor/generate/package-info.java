/** Generates realistic synthetic snapshots of any size, deterministically from a seed, for benchmarks and load tests. */
package org.ismsassessor.generate;

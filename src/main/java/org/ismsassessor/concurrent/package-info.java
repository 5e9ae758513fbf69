/** Small helpers for the few places that hand work to another thread (rule preloading, the schema pass). */
package org.ismsassessor.concurrent;

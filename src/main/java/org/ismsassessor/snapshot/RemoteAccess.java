package org.ismsassessor.snapshot;

/** A way to connect to the organization's networks from outside. */
public record RemoteAccess(String id, String name, String systemId, Boolean multiFactor) {
}

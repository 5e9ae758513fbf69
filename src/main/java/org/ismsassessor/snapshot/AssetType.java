package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What kind of thing an asset is. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum AssetType {
    INFORMATION,
    SOFTWARE,
    SERVER,
    ENDPOINT,
    MOBILE_DEVICE,
    NETWORK_DEVICE,
    SERVICE,
    MEDIA,
    FACILITY,
    PEOPLE,
    OTHER;

    /** Servers and endpoints are where malicious code runs, so they need protection against it. */
    public boolean runsCode() {
        return this == SERVER || this == ENDPOINT || this == MOBILE_DEVICE;
    }
}

package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A contract or agreement with an external party, and the security topics it covers. */
public record Agreement(
        String id,
        String supplierId,
        String kind,
        List<String> covers,
        LocalDate signedOn,
        LocalDate expiresOn,
        List<String> dataCategories) {

    public Agreement {
        covers = Lists.orEmpty(covers);
        dataCategories = Lists.orEmpty(dataCategories);
    }

    public boolean coversTopic(String topic) {
        return covers.contains(topic);
    }
}

package org.ismsassessor.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.catalogue.Requirement;
import org.junit.jupiter.api.Test;

/** The obligation map the 2022 pack was ported by: every 2005 obligation once, each to a 2022 obligation. */
class ObligationMapTest {

    @Test
    void everyObligationOf2005MapsToAnObligationOf2022WithBothCataloguesTitles() throws IOException {
        Catalogue from = Catalogue.load(Edition.ISO27001_2005);
        Catalogue to = Catalogue.load(Edition.ISO27001_2022);
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("catalogue/mappings/iso27001-2005-obligations_to_iso27001-2022.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .get().parse(new java.io.StringReader(text))) {
                assertThat(map.put(row.get("from"), row.get("to"))).as("%s mapped once", row.get("from")).isNull();
                assertThat(from.requirement(row.get("from")).map(Requirement::title)).contains(row.get("fromTitle"));
                assertThat(to.requirement(row.get("to")).map(Requirement::title)).contains(row.get("toTitle"));
            }
        }
        assertThat(map.keySet()).containsExactlyElementsOf(from.requirements().stream().map(Requirement::id).toList());
        assertThat(map).containsEntry("4.2.1.a", "4.3.documented").containsEntry("7.2.a", "9.3.2.d")
                .containsEntry("8.3.action", "6.1.1.d").containsEntry("4.2.1.j.3", "6.1.3.d");
    }
}

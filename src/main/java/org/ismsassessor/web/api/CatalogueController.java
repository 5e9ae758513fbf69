package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.catalogue.Requirement;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of requirements and controls the rules check, of the service's edition or another one. */
@RestController
@RequestMapping(path = "/api/v1/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "The requirements (main clauses) and Annex A controls checked")
class CatalogueController {
    private static final String EDITION = "the edition, e.g. iso27001-2022 (default: the one the service assesses,"
            + " iso27001-2005); an edition's catalogue can be read before its rules exist";

    private final Catalogue catalogue;
    private final Map<Edition, Catalogue> others = new ConcurrentHashMap<>();

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The whole catalogue of one edition. */
    record CatalogueView(String edition, List<Requirement> requirements, List<Control> controls) {
    }

    @GetMapping
    @Operation(summary = "Every requirement and control of the edition, paraphrased, with its id")
    CatalogueView catalogue(@Parameter(description = EDITION) @RequestParam(required = false) String edition) {
        Catalogue chosen = of(edition);
        return new CatalogueView(chosen.edition().id(), chosen.requirements(), chosen.controls());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One requirement (e.g. 4.2.1.j.3) or control (e.g. A.8.3.3)")
    Object entry(@PathVariable String id,
            @Parameter(description = EDITION) @RequestParam(required = false) String edition) {
        Catalogue chosen = of(edition);
        return chosen.requirement(id).<Object>map(r -> r)
                .or(() -> chosen.control(id).map(c -> c))
                .orElseThrow(() -> Problem.notFound("No requirement or control '" + id + "' in the "
                        + chosen.edition().id() + " catalogue."));
    }

    private Catalogue of(String edition) {
        if (edition == null || edition.equals(catalogue.edition().id())) {
            return catalogue;
        }
        Edition known = Edition.byId(edition).orElseThrow(() -> Problem.badInput("Unknown edition '" + edition + "'.",
                List.of(new InputError("parameter edition", "expected one of " + Edition.ids() + ", not '" + edition
                        + "'"))));
        // Read once: the catalogue is data of the jar and never changes while the service runs.
        return others.computeIfAbsent(known, Catalogue::load);
    }
}

package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Requirement;
import org.ismsassessor.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of requirements and controls the rules check. */
@RestController
@RequestMapping(path = "/api/v1/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "The requirements (clauses 4-8) and Annex A controls checked")
class CatalogueController {
    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The whole catalogue of one edition. */
    record CatalogueView(String edition, List<Requirement> requirements, List<Control> controls) {
    }

    @GetMapping
    @Operation(summary = "Every requirement and control of the edition, paraphrased, with its id")
    CatalogueView catalogue() {
        return new CatalogueView(catalogue.edition().id(), catalogue.requirements(), catalogue.controls());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One requirement (e.g. 4.2.1.j.3) or control (e.g. A.8.3.3)")
    Object entry(@PathVariable String id) {
        return catalogue.requirement(id).<Object>map(r -> r)
                .or(() -> catalogue.control(id).map(c -> c))
                .orElseThrow(() -> Problem.notFound("No requirement or control '" + id + "' in the catalogue."));
    }
}

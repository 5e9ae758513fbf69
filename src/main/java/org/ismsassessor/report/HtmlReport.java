package org.ismsassessor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.thymeleaf.context.Context;

/**
 * The report a person reads: one self-contained HTML file (styles and the small filter script inline, nothing
 * fetched at view time) with the verdict, readiness by clause and domain, the action plan, every finding with
 * its evidence paths, the computed Statement of Applicability and the assessment's inputs. Prints well.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The interactive report, for browsers. */
    public static String write(AssessmentResult result, Catalogue catalogue) {
        return render(result, catalogue, true);
    }

    /** The same report without the filter controls, for print and PDF. */
    static String writeForPrint(AssessmentResult result, Catalogue catalogue) {
        return render(result, catalogue, false);
    }

    private static String render(AssessmentResult result, Catalogue catalogue, boolean interactive) {
        Context context = new Context();
        context.setVariable("result", result);
        context.setVariable("interactive", interactive);
        context.setVariable("organization", ReportView.organization(result));
        context.setVariable("standard", catalogue.edition().title());
        context.setVariable("verdictClass", result.readiness().verdict().name().toLowerCase().replace('_', '-'));
        context.setVariable("counts", result.summary().byKind());
        Map<String, List<Readiness.Score>> charts = new LinkedHashMap<>();
        charts.put("Clauses 4-8", result.readiness().byClause());
        charts.put("Annex A domains", result.readiness().byDomain());
        context.setVariable("charts", charts);
        Map<String, List<Finding>> byGroup = ReportView.byGroup(result, catalogue);
        context.setVariable("groups", List.copyOf(byGroup.keySet()));
        context.setVariable("findingsByGroup", byGroup);
        Map<String, String> groupTitles = new LinkedHashMap<>();
        byGroup.keySet().forEach(g -> groupTitles.put(g, catalogue.groupTitle(g)));
        context.setVariable("groupTitles", groupTitles);
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> kindClass = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            titles.put(f.requirement(), catalogue.titleOf(f.requirement()));
            kindClass.put(f.id(), ReportView.kindName(f.kind()));
        }
        result.actionPlan().forEach(a -> titles.putIfAbsent(a.requirement(), catalogue.titleOf(a.requirement())));
        context.setVariable("titles", titles);
        context.setVariable("percent", Map.of("overall", ReportView.percent(result.readiness().overall()),
                "coverage", ReportView.percent(result.readiness().evidenceCoverage())));
        context.setVariable("rootCauses", ReportView.rootCauses(result));
        context.setVariable("firstActions", result.actionPlan().stream().limit(ReportView.FIRST_ACTIONS).toList());
        context.setVariable("intervals", result.intervals().stream().map(i -> Map.of(
                "topic", ReportView.topicWords(i.topic().key()),
                "period", ReportView.periodWords(i.period()),
                "source", ReportView.sourceWords(i.source()))).toList());
        context.setVariable("kindClass", kindClass);
        context.setVariable("kinds", java.util.Arrays.stream(FindingKind.values()).map(ReportView::kindName).toList());
        context.setVariable("soa", SoaRows.of(result, catalogue));
        context.setVariable("decidedFindings", ReportView.decidedFindings(result));
        context.setVariable("decisionList", ReportView.decisions(result));
        context.setVariable("decidedPercent", result.decisions() == null ? ""
                : ReportView.percent(result.decisions().readinessWithDecisions()));
        return Templates.render("report", context);
    }
}

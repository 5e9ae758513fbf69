package org.ismsassessor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The benchmark's times against the number of facts, both axes logarithmic, so that linear cost shows as lines
 * parallel to the dashed reference (time proportional to facts, through the smallest whole assessment).
 */
final class TimeBySizePlot {
    private TimeBySizePlot() {
    }

    /**
     * @param times    per size, the JMH score (ms) of each benchmark method
     * @param measured per size, {facts, peak heap MiB}
     */
    static void write(Path file, String title, Map<String, Map<String, Double>> times, Map<String, long[]> measured) {
        XYSeries parse = new XYSeries("parse + validation");
        XYSeries rules = new XYSeries("rules");
        XYSeries report = new XYSeries("JSON report");
        XYSeries whole = new XYSeries("whole assessment");
        XYSeries linear = new XYSeries("linear (reference)");
        double firstFacts = 0;
        double firstWhole = 0;
        for (Map.Entry<String, long[]> size : measured.entrySet()) {
            Map<String, Double> row = times.get(size.getKey());
            double facts = size.getValue()[0];
            double sum = row.get("parseAndValidate") + row.get("evaluateRules") + row.get("writeReport");
            parse.add(facts, row.get("parseAndValidate"));
            rules.add(facts, row.get("evaluateRules"));
            report.add(facts, row.get("writeReport"));
            whole.add(facts, sum);
            if (firstFacts == 0) {
                firstFacts = facts;
                firstWhole = sum;
            }
            linear.add(facts, firstWhole * facts / firstFacts);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(whole);
        data.addSeries(parse);
        data.addSeries(rules);
        data.addSeries(report);
        data.addSeries(linear);
        LogAxis x = powersOfTen("facts (entities in the snapshot)");
        LogAxis y = powersOfTen("time (ms)");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        java.awt.Color[] colors = {new java.awt.Color(0xC0392B), new java.awt.Color(0x2471A3), new java.awt.Color(0x1E8449),
            new java.awt.Color(0x7D3C98), java.awt.Color.GRAY};
        for (int i = 0; i < colors.length; i++) {
            renderer.setSeriesPaint(i, colors[i]);
            if (i < 4) {
                renderer.setSeriesStroke(i, new java.awt.BasicStroke(2.0f));
            }
        }
        renderer.setSeriesStroke(4, new java.awt.BasicStroke(1.0f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 1.0f, new float[] {6.0f, 4.0f}, 0.0f));
        renderer.setSeriesShapesVisible(4, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        try {
            Files.createDirectories(file.getParent());
            ChartUtils.saveChartAsPNG(file.toFile(), chart, 800, 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A logarithmic axis ticked at 1, 10, 100 ... written out in full. */
    private static LogAxis powersOfTen(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
        axis.setMinorTickMarksVisible(true);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        return axis;
    }
}

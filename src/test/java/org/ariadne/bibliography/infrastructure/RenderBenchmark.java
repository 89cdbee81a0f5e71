package org.ariadne.bibliography.infrastructure;

import org.ariadne.bibliography.domain.OutputFormat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * The renderer alone (no server, no database), for {@code src/bench/render.sh}: wall time and the process's CPU
 * time of APA bibliographies of never-rendered items, so figures taken on a busy machine still compare.
 * <ul>
 *   <li>{@code first cold|warm}: the first 1,000-entry render of a new renderer, right away (cold) or after the
 *   start-up warm-up ({@link CitationRenderer#warmUp}, 2,000 made-up items) that {@code StylesWarmUp} runs;</li>
 *   <li>{@code repeat <entries> <runs>}: after a 20-entry warm-up, {@code runs} renders of {@code entries} new items
 *   each (nothing cached).</li>
 * </ul>
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "first";
        CitationRenderer renderer = new CitationRenderer(new StyleCatalog());
        try {
            if (mode.equals("first")) {
                boolean warm = args.length > 1 && args[1].equals("warm");
                long start = System.nanoTime();
                if (warm) {
                    renderer.warmUp("apa", "en-US", 2000);
                }
                long warmUp = (System.nanoTime() - start) / 1_000_000;
                time((warm ? "after the warm-up (" + warmUp + " ms)" : "cold") + ", first 1,000 entries", renderer,
                        BibliographyPerformanceTest.items(1000));
            } else {
                int entries = Integer.parseInt(args[1]);
                int runs = Integer.parseInt(args[2]);
                renderer.bibliography("apa", "en-US", OutputFormat.TEXT, BibliographyPerformanceTest.items(20));
                for (int run = 1; run <= runs; run++) {
                    List<Map<String, Object>> items = BibliographyPerformanceTest.items(entries);
                    for (Map<String, Object> item : items) {
                        item.put("id", item.get("id") + "-run" + run); // new items: nothing cached
                    }
                    time("run " + run + ", " + entries + " entries", renderer, items);
                }
            }
        } finally {
            renderer.close();
        }
    }

    private static void time(String what, CitationRenderer renderer, List<Map<String, Object>> items) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        int count = renderer.bibliography("apa", "en-US", OutputFormat.TEXT, items).size();
        System.out.printf("APA %s: %d ms wall, %d ms CPU (%d entries; load average %.1f, %d cores)%n", what,
                (System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, count,
                os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }
}

package org.ismsassessor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.ismsassessor.generate.SnapshotGenerator;
import org.ismsassessor.generate.SnapshotSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A workbook of about 100,000 rows (the large generated snapshot) is written and read back in seconds, streaming,
 * with progress reported as it reads; the figures are in docs/performance.md.
 */
class WorkbookScaleTest {

    @Test
    void aWorkbookOfAHundredThousandRowsRoundTripsInSeconds(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        new SnapshotGenerator(WorkbookRoundTripTest.CATALOGUE).write(SnapshotSize.LARGE, 1, generated);
        JsonNode snapshot = WorkbookRoundTripTest.MAPPER.readTree(generated.toByteArray());

        Path workbook = dir.resolve("large.xlsx");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(workbook)) {
            assertThat(new WorkbookWriter(WorkbookRoundTripTest.CATALOGUE).export(snapshot, out)).isEmpty();
        }
        long exported = System.nanoTime();
        AtomicLong progress = new AtomicLong();
        SnapshotImport.Result result = new SnapshotImport(WorkbookRoundTripTest.LOADER)
                .importFiles(List.of(workbook), null, (table, rows) -> progress.accumulateAndGet(rows, Math::max));
        long imported = System.nanoTime();

        assertThat(result.errors()).isEmpty();
        assertThat(result.counts().entries()).isGreaterThan(100_000);
        assertThat(progress.get()).isGreaterThanOrEqualTo(100_000);
        assertThat(WorkbookRoundTripTest.MAPPER.readTree(result.json())).isEqualTo(snapshot);
        System.out.printf(Locale.ROOT, "workbook of %,d entries, %,d bytes: export %,d ms, import %,d ms%n",
                result.counts().entries(), Files.size(workbook), (exported - start) / 1_000_000,
                (imported - exported) / 1_000_000);
        // Generous for a shared 2-core machine; typically a few seconds.
        assertThat((imported - exported) / 1_000_000_000.0).isLessThan(60);
    }
}

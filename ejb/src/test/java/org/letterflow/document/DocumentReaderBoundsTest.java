package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reader's bounds on what a hostile file may cost: pages, parsings at once. */
class DocumentReaderBoundsTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aPdfClaimingTwoBillionPagesHasTheOnePageItHas() {
        byte[] liar = HostileFiles.claimingPages(2_000_000_000);
        assertEquals(1, DocumentReader.pdfPages(liar));
        DocumentReader.Reading reading = new DocumentReader(threads, Duration.ofSeconds(30), 100_000).read(liar,
                "письмо.pdf", false, null);
        assertEquals(1, reading.pages());
        assertTrue(reading.text().contains("одной странице"), reading.toString());
    }

    @Test
    void aPdfClaimingNegativePagesIsCountedToo() {
        assertEquals(1, DocumentReader.pdfPages(HostileFiles.claimingPages(-1)));
    }

    @Test
    void aGigabyteZipBombDocxIsRefused() {
        HostileFiles.Hostile bomb = HostileFiles.all(1024 * 1024).stream()
                .filter(f -> f.name().equals("DOCX zip bomb")).findFirst().orElseThrow();
        DocumentReader.Reading reading = new DocumentReader(threads, Duration.ofSeconds(30), 2_000_000).read(bomb.bytes(),
                bomb.fileName(), false, null);
        assertNull(reading.text());
        assertNotNull(reading.problem());
    }

    @Test
    void atMostTwoFilesAreParsedAtOnce() throws Exception {
        DocumentReader reader = new DocumentReader(threads, Duration.ofSeconds(60), 100_000); // two at once by default
        byte[] pdf = TestFiles.pdf("Письмо, которое читают одновременно пять раз.");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        IntConsumer pageDone = page -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
        };
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            List<Future<DocumentReader.Reading>> readings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                readings.add(callers.submit(() -> reader.read(pdf, "письмо.pdf", false, pageDone)));
            }
            while (inside.get() < 2) {
                Thread.sleep(10);
            }
            Thread.sleep(500); // time for a third parsing to come in, were it let in
            assertEquals(2, inside.get(), "parsings inside while two are held");
            gate.countDown();
            for (Future<DocumentReader.Reading> reading : readings) {
                assertNull(reading.get().problem(), reading.get().toString());
            }
            assertEquals(2, most.get(), "the most parsings ever at once");
        } finally {
            gate.countDown();
            callers.shutdownNow();
        }
    }
}

package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/**
 * Seventy hostile files sent by four clients at once to both upload endpoints: each is answered
 * clearly (201 or 200, with the problem said, or a 4xx problem+json; never a 5xx, and within the
 * client's time limit), the server answers after each, a letter and its file registered before are
 * unchanged after, and the server's resident memory is sampled throughout, printed (for
 * BENCHMARKS.md) and kept under 1.5 GB.
 */
@Tag("slow")
class HostileFilesIT extends DeployedApplication {

    private static final long LIMIT_KB = 1536L * 1024;
    /** -Dletterflow.upload.max-bytes in arquillian.xml. */
    private static final long UPLOAD_LIMIT = 1024 * 1024;

    @Test
    void everyHostileFileIsAnsweredClearlyOnBothEndpointsAndTheServerStaysWithinItsMemory() throws Exception {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long known = letter(clerk, "Письмо, которое не должно измениться");
        byte[] knownFile = TestFiles.pdf("Прошу представить сведения до 5 мая.");
        Api.Reply attached = clerk.upload("api/v1/letters/" + known + "/attachments", "сведения.pdf", knownFile);
        assertEquals(201, attached.status(), attached.toString());
        String knownContent = "api/v1/letters/" + known + "/attachments/" + attached.json().getJsonNumber("id") + "/content";
        String knownLetter = clerk.get("api/v1/letters/" + known).body();
        long target = letter(clerk, "Письмо для враждебных файлов");

        List<HostileFiles.Hostile> files = HostileFiles.all(UPLOAD_LIMIT);
        assertTrue(files.size() >= 60, "hostile files: " + files.size());
        Memory memory = Memory.of(payaraPid());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong slowest = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (HostileFiles.Hostile file : files) {
                sent.add(clients.submit(() -> {
                    long start = System.nanoTime();
                    check(file, "attachments", clerk.upload("api/v1/letters/" + target + "/attachments", file.fileName(),
                            file.bytes()), 201, failures);
                    check(file, "extractions", clerk.upload("api/v1/extractions", file.fileName(), file.bytes()), 200,
                            failures);
                    slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    int alive = clerk.get("api/v1/me").status();
                    if (alive != 200) {
                        failures.add(file + ": the server answered " + alive + " after it");
                    }
                }));
            }
            for (Future<?> future : sent) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failures.add("a client got no answer in time: " + e.getCause());
                }
            }
        } finally {
            clients.shutdownNow();
            memory.stop();
        }
        System.out.printf("Hostile files: %d files x 2 endpoints, 4 clients; peak RSS of Payara Micro during the run "
                + "%d MB (VmHWM since its start %d MB); slowest file (both endpoints) %d ms%n", files.size(),
                memory.peakKb() / 1024, memory.highWaterKb() / 1024, slowest.get());

        assertEquals(List.of(), failures);
        assertArrayEquals(knownFile, clerk.download(knownContent).body(), "the known file is unchanged");
        assertEquals(knownLetter, clerk.get("api/v1/letters/" + known).body(), "the known letter is unchanged");
        assertTrue(memory.peakKb() <= LIMIT_KB, "peak RSS " + memory.peakKb() / 1024 + " MB");
    }

    private static void check(HostileFiles.Hostile file, String endpoint, Api.Reply reply, int success,
                              List<String> failures) {
        int status = reply.status();
        if (status == success) {
            return;
        }
        if (status >= 400 && status < 500 && reply.contentType().startsWith("application/problem+json")
                && !reply.json().getString("detail", "").isBlank()) {
            return;
        }
        failures.add(file + " on " + endpoint + ": " + status + " "
                + (reply.body().length() > 300 ? reply.body().substring(0, 300) + "…" : reply.body()));
    }

    private static long letter(Api clerk, String subject) {
        Api.Reply reply = clerk.post("api/v1/letters", "{\"direction\":\"INCOMING\",\"correspondentName\":"
                + "\"Министерство просвещения Российской Федерации\",\"subject\":\"" + subject + "\"}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The Payara Micro that Arquillian started for this run: a process below this one. */
    private static long payaraPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Payara Micro below the test JVM"));
    }

    /** Resident memory of a process, read from /proc every 100 ms on a thread of its own. */
    private static final class Memory {

        private final Path status;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler;

        private Memory(long pid) {
            status = Path.of("/proc", Long.toString(pid), "status");
            sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(read("VmRSS:"), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
        }

        static Memory of(long pid) {
            Memory memory = new Memory(pid);
            memory.sampler.start();
            return memory;
        }

        void stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            peak.accumulateAndGet(read("VmRSS:"), Math::max);
        }

        long peakKb() {
            return peak.get();
        }

        long highWaterKb() {
            return read("VmHWM:");
        }

        private long read(String field) {
            try {
                return Files.readAllLines(status).stream().filter(l -> l.startsWith(field))
                        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}

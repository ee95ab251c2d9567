package org.letterflow.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of the server's JVM besides its class archive: the heap bound, and a footprint fit
 * for the small server Letterflow runs on (BENCHMARKS.md, "Start-up and memory", measured each).
 * An option of the same kind given to {@code java} by hand wins: it is passed on after these.
 */
final class ServerJvm {

    private ServerJvm() {
    }

    static List<String> options(Optional<Heap> heap, List<String> given) {
        List<String> options = new ArrayList<>();
        heap.ifPresent(h -> options.add(h.option()));
        if (given.stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC"))) {
            // one collector thread, no remembered sets: less memory and CPU on a small heap and two cores
            options.add("-XX:+UseSerialGC");
        }
        if (given.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:InitialHeapSize")
                || o.startsWith("-XX:InitialRAMPercentage") || o.contains("HeapFreeRatio"))) {
            // The JVM starts with 1/64 of the machine (384 MB of 24 GB) and the serial collector never
            // gives back what it started with; started small, the heap grows as start-up needs it and
            // the full collection once the application is ready hands back all but twice what is live.
            options.add("-XX:InitialRAMPercentage=0.5");
            options.add("-XX:MaxHeapFreeRatio=50");
        }
        if (given.stream().noneMatch(o -> o.startsWith("-XX:MaxMetaspaceSize"))) {
            // Class metadata has no bound of its own; 153 MB at most was seen (a first start, before the
            // class archive), so this only stops a leak of classes from growing the process without end.
            options.add("-XX:MaxMetaspaceSize=384m");
        }
        return options;
    }

    /**
     * The server's environment: glibc gives each thread that allocates its own 64 MB malloc arena,
     * which across Payara's hundred threads is resident memory the JVM barely uses.
     */
    static void environment(Map<String, String> environment) {
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
    }
}

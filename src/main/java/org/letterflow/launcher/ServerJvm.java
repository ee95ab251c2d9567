package org.letterflow.launcher;

import java.util.ArrayList;
import java.util.List;
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
        return options;
    }
}

package org.letterflow.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much memory the server's Java heap may take. Left to itself the JVM takes a quarter of the
 * machine (6 GB on a 24 GB server) and a stream of hostile files grows the process towards it; the
 * launcher therefore starts the server with a bound that fits the machine: a quarter of its memory,
 * at most 1 GB, at least 256 MB, unless {@code LETTERFLOW_HEAP} says otherwise ({@code 2g},
 * {@code 768m}, or a share of the machine such as {@code 40%}), or the JVM was already given
 * {@code -Xmx} or {@code -XX:MaxRAMPercentage} by hand.
 */
record Heap(String option) {

    static final String VARIABLE = "LETTERFLOW_HEAP";
    private static final long MB = 1024 * 1024;
    private static final long CEILING = 1024 * MB;
    private static final long FLOOR = 256 * MB;

    /** The JVM option to start the server with, or empty when the JVM's own options already bound the heap. */
    static Optional<Heap> choose(String setting, List<String> jvmOptions, long machineBytes) {
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxRAMPercentage")
                || o.startsWith("-XX:MaxRAM=") || o.startsWith("-XX:MaxHeapSize"))) {
            return Optional.empty();
        }
        if (setting != null && !setting.isBlank()) {
            String value = setting.strip().toLowerCase(Locale.ROOT);
            if (value.matches("\\d{1,6}[mg]")) {
                return Optional.of(new Heap("-Xmx" + value));
            }
            if (value.matches("\\d{1,2}%")) {
                return Optional.of(new Heap("-XX:MaxRAMPercentage=" + value.substring(0, value.length() - 1)));
            }
            throw new LaunchFailure(VARIABLE + "=" + setting + " is not a heap size; write it as 1g, 768m or 40%");
        }
        long quarter = machineBytes / 4;
        return Optional.of(new Heap("-Xmx" + Math.max(FLOOR, Math.min(CEILING, quarter)) / MB + "m"));
    }
}

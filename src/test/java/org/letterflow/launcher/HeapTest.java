package org.letterflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapTest {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void aQuarterOfTheMachineAtMostOneGigabyteAtLeastAQuarterOfOne() {
        assertEquals("-Xmx1024m", Heap.choose(null, List.of(), 24 * GB).orElseThrow().option());
        assertEquals("-Xmx512m", Heap.choose(null, List.of(), 2 * GB).orElseThrow().option());
        assertEquals("-Xmx256m", Heap.choose("", List.of(), GB / 2).orElseThrow().option());
    }

    @Test
    void theVariableOverridesTheDefault() {
        assertEquals("-Xmx2g", Heap.choose("2G", List.of(), 24 * GB).orElseThrow().option());
        assertEquals("-Xmx768m", Heap.choose(" 768m ", List.of(), 24 * GB).orElseThrow().option());
        assertEquals("-XX:MaxRAMPercentage=40", Heap.choose("40%", List.of(), 24 * GB).orElseThrow().option());
    }

    @Test
    void aHeapGivenToTheJvmByHandIsKept() {
        assertTrue(Heap.choose("2g", List.of("-Dx=y", "-Xmx3g"), 24 * GB).isEmpty());
        assertTrue(Heap.choose(null, List.of("-XX:MaxRAMPercentage=50"), 24 * GB).isEmpty());
    }

    @Test
    void nonsenseIsSaidPlainly() {
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> Heap.choose("lots", List.of(), 24 * GB));
        assertTrue(failure.getMessage().contains("LETTERFLOW_HEAP"), failure.getMessage());
    }
}

package org.letterflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerJvmTest {

    @Test
    void theHeapBoundAndTheSerialCollector() {
        assertEquals(List.of("-Xmx512m", "-XX:+UseSerialGC"),
                ServerJvm.options(Optional.of(new Heap("-Xmx512m")), List.of()));
    }

    @Test
    void aCollectorChosenByHandIsKept() {
        assertEquals(List.of(), ServerJvm.options(Optional.empty(), List.of("-Xmx2g", "-XX:+UseG1GC")));
        assertEquals(List.of("-Xmx512m"), ServerJvm.options(Optional.of(new Heap("-Xmx512m")), List.of("-XX:+UseParallelGC")));
    }
}

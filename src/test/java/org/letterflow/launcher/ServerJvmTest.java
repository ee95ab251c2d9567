package org.letterflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerJvmTest {

    @Test
    void theHeapBoundAndTheSerialCollector() {
        assertEquals(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:InitialRAMPercentage=0.5", "-XX:MaxHeapFreeRatio=50",
                        "-XX:MaxMetaspaceSize=384m"),
                ServerJvm.options(Optional.of(new Heap("-Xmx512m")), List.of()));
    }

    /**
     * The web module's integration tests start their Payara Micro through Arquillian, not through this
     * launcher, so its options are written again in arquillian.xml and its environment in web's pom:
     * this keeps the copies the product's (HostileFilesIT bounds that server's memory as the product's).
     */
    @Test
    void theServerUnderTestGetsTheSameOptionsAndEnvironment() throws IOException {
        String arquillian = Files.readString(Path.of("../web/src/test/resources/arquillian.xml"));
        for (String option : ServerJvm.options(Optional.empty(), List.of())) {
            assertTrue(arquillian.contains(" " + option + " "), option + " in arquillian.xml");
        }
        String pom = Files.readString(Path.of("../web/pom.xml"));
        Map<String, String> environment = new HashMap<>();
        ServerJvm.environment(environment);
        environment.forEach((name, value) ->
                assertTrue(pom.contains("<" + name + ">" + value + "</" + name + ">"), name + " in web/pom.xml"));
    }

    @Test
    void aStartingHeapGivenByHandIsKept() {
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=384m"),
                ServerJvm.options(Optional.empty(), List.of("-Xmx2g", "-Xms1g")));
    }

    @Test
    void fewerMallocArenasUnlessTheEnvironmentSaysOtherwise() {
        Map<String, String> environment = new HashMap<>();
        ServerJvm.environment(environment);
        assertEquals("2", environment.get("MALLOC_ARENA_MAX"));
        environment.put("MALLOC_ARENA_MAX", "8");
        ServerJvm.environment(environment);
        assertEquals("8", environment.get("MALLOC_ARENA_MAX"));
    }

    @Test
    void aCollectorChosenByHandIsKept() {
        assertEquals(List.of("-XX:MaxMetaspaceSize=384m"),
                ServerJvm.options(Optional.empty(), List.of("-Xmx2g", "-XX:+UseG1GC", "-Xms256m")));
        assertEquals(List.of("-Xmx512m", "-XX:InitialRAMPercentage=0.5", "-XX:MaxHeapFreeRatio=50",
                        "-XX:MaxMetaspaceSize=384m"),
                ServerJvm.options(Optional.of(new Heap("-Xmx512m")), List.of("-XX:+UseParallelGC")));
    }

    @Test
    void aMetadataBoundGivenByHandIsKept() {
        assertEquals(List.of(), ServerJvm.options(Optional.empty(),
                List.of("-Xmx2g", "-Xms256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=1g")));
    }
}

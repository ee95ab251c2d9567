package org.letterflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void aSingleInstanceWithItsOwnDatabaseIsTheDefault() {
        Settings settings = Settings.from(Map.of());
        assertNull(settings.cluster());
        assertTrue(settings.embeddedDatabase());
    }

    @Test
    void clusterModeJoinsTheNamedClusterThroughTheListedMembers() {
        Settings settings = Settings.from(Map.of("LETTERFLOW_CLUSTER", "letterflow", "DB_URL", "jdbc:postgresql://db/letterflow",
                "LETTERFLOW_CLUSTER_MEMBERS", "10.0.0.11:5900, 10.0.0.12:5900", "LETTERFLOW_CLUSTER_PORT", "5901",
                "LETTERFLOW_PORT", "8081"));
        assertEquals(new Settings.Cluster("letterflow", "10.0.0.11:5900,10.0.0.12:5900", 5901, null, "letterflow-8081"),
                settings.cluster());
    }

    @Test
    void clusterModeNeedsTheSharedDatabase() {
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> Settings.from(Map.of("LETTERFLOW_CLUSTER", "letterflow")));
        assertTrue(failure.getMessage().contains("DB_URL"), failure.getMessage());
    }

    @Test
    void membersMustBeHostAndPort() {
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> Settings.from(Map.of("LETTERFLOW_CLUSTER", "letterflow",
                "DB_URL", "jdbc:postgresql://db/letterflow", "LETTERFLOW_CLUSTER_MEMBERS", "10.0.0.11")));
        assertTrue(failure.getMessage().contains("host:port"), failure.getMessage());
    }

    @Test
    void aClusterInstanceDrainsBeforeItStopsAndASingleOneStopsAtOnce() {
        assertEquals(0, Settings.from(Map.of()).drainSeconds());
        Map<String, String> cluster = Map.of("LETTERFLOW_CLUSTER", "letterflow", "DB_URL", "jdbc:postgresql://db/letterflow");
        assertEquals(Settings.DEFAULT_CLUSTER_DRAIN_SECONDS, Settings.from(cluster).drainSeconds());
        assertEquals(12, Settings.from(Map.of("LETTERFLOW_DRAIN_SECONDS", "12")).drainSeconds());
        LaunchFailure failure = assertThrows(LaunchFailure.class,
                () -> Settings.from(Map.of("LETTERFLOW_DRAIN_SECONDS", "ever")));
        assertTrue(failure.getMessage().contains("seconds"), failure.getMessage());
    }
}

package org.letterflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @TempDir
    Path folder;

    @Test
    void theFirstStartRecordsTheArchiveAndLaterStartsUseIt() throws IOException {
        ClassArchive archive = archive(jar("letterflow.jar"));
        archive.prepare();
        String record = archive.options().get(0);
        assertTrue(record.startsWith("-XX:ArchiveClassesAtExit="), record);
        assertEquals("-Xlog:cds=off", archive.options().get(1), "without a warning for each class left out");
        Path written = Path.of(record.substring(record.indexOf('=') + 1));
        assertFalse(written.equals(archive.file()), "written under a temporary name");

        Files.write(written, new byte[] {1, 2, 3}); // what the server's JVM leaves as it exits
        archive.keep();

        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file()), archive.options());
        assertFalse(Files.exists(written));
    }

    @Test
    void anArchiveTheServerDidNotFinishIsNotKept() throws IOException {
        ClassArchive archive = archive(jar("letterflow.jar"));
        archive.prepare();
        String record = archive.options().get(0);
        Files.createFile(Path.of(record.substring(record.indexOf('=') + 1)));
        archive.keep();
        assertTrue(archive.options().get(0).startsWith("-XX:ArchiveClassesAtExit="), "recorded again next time");
    }

    @Test
    void aRebuiltJarOrAnotherJvmMakesANewArchiveAndTheStaleOneGoes() throws IOException {
        Path jar = jar("letterflow.jar");
        ClassArchive before = archive(jar);
        before.prepare();
        Files.write(before.file(), new byte[] {1});

        Files.write(jar, new byte[] {9, 9});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        ClassArchive rebuilt = archive(jar);
        assertNotEquals(before.file(), rebuilt.file());
        rebuilt.prepare();
        assertFalse(Files.exists(before.file()), "the stale archive is removed");
        assertTrue(rebuilt.options().get(0).startsWith("-XX:ArchiveClassesAtExit="));

        assertNotEquals(ClassArchive.fingerprint("17.0.15+6", List.of(jar)),
                ClassArchive.fingerprint("17.0.16+8", List.of(jar)));
    }

    @Test
    void switchedOffByTheVariableOrByClassDataSharingOptionsGivenByHand() {
        assertTrue(ClassArchive.choose("false", List.of(), folder, "jvm", List.of()).isEmpty());
        assertTrue(ClassArchive.choose(null, List.of("-Xshare:off"), folder, "jvm", List.of()).isEmpty());
        assertTrue(ClassArchive.choose(null, List.of("-XX:SharedArchiveFile=/x.jsa"), folder, "jvm", List.of()).isEmpty());
        assertTrue(ClassArchive.choose("", List.of("-Xmx1g"), folder, "jvm", List.of()).isPresent());
    }

    private ClassArchive archive(Path jar) {
        return ClassArchive.choose(null, List.of(), folder.resolve("class-archive"), "17.0.15+6", List.of(jar))
                .orElseThrow();
    }

    private Path jar(String name) throws IOException {
        Path jar = folder.resolve(name);
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {1});
        }
        return jar;
    }
}

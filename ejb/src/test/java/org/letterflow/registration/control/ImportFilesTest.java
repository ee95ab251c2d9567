package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterflow.platform.BusinessException;

/** An uploaded journal is kept whole on disk, or refused with nothing left behind. */
class ImportFilesTest {

    @TempDir
    Path dir;

    private ImportFiles limitedTo(long bytes) {
        ImportFiles files = new ImportFiles();
        files.maxBytes = bytes;
        files.directory = dir.resolve("letterflow-imports");
        return files;
    }

    private List<Path> kept() throws IOException {
        if (!Files.isDirectory(dir.resolve("letterflow-imports"))) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(dir.resolve("letterflow-imports"))) {
            return all.toList();
        }
    }

    @Test
    void aFileWithinTheLimitIsKeptAsSentAndDeletedAfter() throws IOException {
        byte[] journal = "№;Дата\n1;09.01.2026\n".getBytes(StandardCharsets.UTF_8);
        Path stored = limitedTo(journal.length).store(new ByteArrayInputStream(journal));
        assertArrayEquals(journal, Files.readAllBytes(stored));
        ImportFiles.delete(stored);
        assertFalse(Files.exists(stored));
        ImportFiles.delete(stored);
        ImportFiles.delete(null);
    }

    @Test
    void aFileOverTheLimitOrEmptyOrMissingIsRefusedAndNothingKept() throws IOException {
        limitedTo(3).store(new ByteArrayInputStream(new byte[3]));
        List<Path> before = kept();
        assertEquals(1, before.size(), "three bytes are within a limit of three");
        assertEquals(BusinessException.Kind.TOO_LARGE, assertThrows(BusinessException.class,
                () -> limitedTo(3).store(new ByteArrayInputStream(new byte[4]))).kind());
        assertEquals(BusinessException.Kind.INVALID, assertThrows(BusinessException.class,
                () -> limitedTo(3).store(new ByteArrayInputStream(new byte[0]))).kind());
        assertEquals(BusinessException.Kind.INVALID, assertThrows(BusinessException.class,
                () -> limitedTo(3).store(null)).kind());
        assertEquals(before, kept(), "no file left behind");
    }
}

package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.BusinessException;

/** An import of a journal file: queued once, its progress only forward while it runs, its end final. */
class JournalImportTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");
    private static final Organisation TOMSK = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY, "Департамент",
            "Департамент", ZoneId.of("Asia/Tomsk"), null, null) {
        @Override
        public Long getId() {
            return 3L;
        }
    };
    private static final RegistrationJournal INCOMING = new RegistrationJournal(TOMSK, Direction.INCOMING, "Входящие",
            NumberTemplate.of("Вх-{seq}")) {
        @Override
        public Long getId() {
            return 9L;
        }
    };
    private static final ImportMapping MAPPING = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.SUBJECT, 5),
            true, null, null);

    private static JournalImport uploaded() {
        return new JournalImport(INCOMING, "журнал.xlsx", "/tmp/imports/1", 1000, "tomsk.admin", NOW);
    }

    @Test
    void anUploadedFileBelongsToTheJournalsOrganisationAndWaitsForItsMapping() {
        JournalImport upload = uploaded();
        assertEquals(9L, upload.getJournalId());
        assertEquals(3L, upload.getOrganisationId());
        assertEquals(JournalImport.State.UPLOADED, upload.getState());
        assertDoesNotThrow(upload::requireUploaded);
        assertNull(upload.getMapping());
        assertEquals(0, upload.percent());
    }

    @Test
    void theConfirmedMappingQueuesTheImportOnce() {
        JournalImport upload = uploaded();
        upload.queue(MAPPING);
        assertEquals(JournalImport.State.QUEUED, upload.getState());
        assertEquals(MAPPING, upload.getMapping());
        BusinessException again = assertThrows(BusinessException.class, () -> upload.queue(MAPPING));
        assertEquals(BusinessException.Kind.CONFLICT, again.kind());
        assertTrue(again.getMessage().contains("уже идёт"), again.getMessage());
        assertThrows(BusinessException.class, upload::requireUploaded, "no preview while it runs");
    }

    @Test
    void aFinishedImportIsNotQueuedAgainAndForgetsItsFile() {
        JournalImport upload = uploaded();
        upload.queue(MAPPING);
        upload.done(40, 41, NOW);
        assertEquals(JournalImport.State.DONE, upload.getState());
        assertNull(upload.getStoredPath(), "the file is no longer kept");
        assertEquals(NOW, upload.getFinishedAt());
        assertEquals(40, upload.getImported());
        assertEquals(1000, upload.getBytesRead(), "all of it read");
        BusinessException again = assertThrows(BusinessException.class, () -> upload.queue(MAPPING));
        assertTrue(again.getMessage().contains("уже обработан"), again.getMessage());
        assertThrows(BusinessException.class, upload::requireUploaded);
    }

    @Test
    void progressMovesTheBarAndStopsOnceTheImportHasEnded() {
        JournalImport upload = uploaded();
        upload.queue(MAPPING);
        upload.progress(JournalImport.State.READING, 10, 500);
        assertEquals(40, upload.percent(), "half the bytes: half of the reading's 80");
        assertEquals(10, upload.getRowsRead());
        upload.progress(JournalImport.State.READING, 20, 5000);
        assertEquals(80, upload.percent(), "reading never claims more than 80");
        upload.progress(JournalImport.State.CHECKING, 20, 1000);
        assertEquals(82, upload.percent());
        upload.progress(JournalImport.State.WRITING, 20, 1000);
        assertEquals(88, upload.percent());
        upload.rejected(3, 20, NOW);
        upload.progress(JournalImport.State.WRITING, 30, 1000);
        assertEquals(JournalImport.State.REJECTED, upload.getState(), "a late progress report does not revive it");
        assertEquals(20, upload.getRowsRead());
        assertEquals(3, upload.getProblemCount());
        assertEquals(100, upload.percent());
    }

    @Test
    void anEmptyFileReadsAtZero() {
        JournalImport empty = new JournalImport(INCOMING, "пусто.csv", "/tmp/imports/2", 0, "tomsk.admin", NOW);
        empty.progress(JournalImport.State.READING, 0, 0);
        assertEquals(0, empty.percent());
    }

    @Test
    void aFailureIsSaidInAtMostAThousandCharacters() {
        JournalImport upload = uploaded();
        upload.failed("я".repeat(1500), NOW);
        assertEquals(JournalImport.State.FAILED, upload.getState());
        assertEquals(1000, upload.getFailure().length());
        JournalImport unexplained = uploaded();
        unexplained.failed(null, NOW);
        assertEquals("Ошибка при импорте", unexplained.getFailure());
        JournalImport exact = uploaded();
        exact.failed("я".repeat(1000), NOW);
        assertEquals(1000, exact.getFailure().length());
    }

    @Test
    void aStateIsRunningOrFinishedOrNeither() {
        for (JournalImport.State state : JournalImport.State.values()) {
            boolean running = state.running();
            boolean finished = state.finished();
            assertTrue(!(running && finished), state + " is not both");
            assertEquals(state == JournalImport.State.UPLOADED, !running && !finished, state.name());
        }
    }
}

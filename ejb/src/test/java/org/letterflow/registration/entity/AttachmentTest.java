package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file of a letter: its versions, whether it is the letter's own file, where its pages begin. */
class AttachmentTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    private static Attachment file(String name, String type) {
        return new Attachment(null, name, type, "ab", 10, 1, "текст", null, "clerk", NOW);
    }

    @Test
    void aNewVersionReplacesTheOldWhichIsKeptAsSuperseded() {
        Attachment first = file("письмо.pdf", "application/pdf");
        Attachment second = file("письмо.pdf", "application/pdf");
        Attachment third = file("письмо.pdf", "application/pdf");
        assertFalse(first.isSuperseded());
        second.replaces(first, NOW);
        third.replaces(second, NOW.plusSeconds(60));
        assertEquals(first.getVersion() + 2, third.getVersion());
        assertEquals(first.getVersion() + 1, second.getVersion());
        assertTrue(first.isSuperseded());
        assertEquals(NOW.plusSeconds(60), second.getSupersededAt());
        assertFalse(third.isSuperseded());
    }

    @Test
    void aNewVersionOfTheLettersOwnFileIsStillTheLettersOwnFile() {
        Attachment own = file("письмо.pdf", "application/pdf");
        own.isTheLettersOwnFile();
        Attachment corrected = file("письмо.pdf", "application/pdf");
        assertFalse(corrected.isLetterFile());
        corrected.replaces(own, NOW);
        assertTrue(corrected.isLetterFile());
        Attachment annex = file("приложение.pdf", "application/pdf");
        Attachment annex2 = file("приложение.pdf", "application/pdf");
        annex2.replaces(annex, NOW);
        assertFalse(annex2.isLetterFile(), "an attachment's new version stays an attachment");
    }

    @Test
    void thePageStartsReadBackAsWritten() {
        Attachment file = file("письмо.pdf", "application/pdf");
        assertEquals(List.of(), file.getPageStarts());
        file.pagesBeginAt(List.of(0, 1834, 3900));
        assertEquals(List.of(0, 1834, 3900), file.getPageStarts());
        file.pagesBeginAt(List.of());
        assertEquals(List.of(), file.getPageStarts(), "none known");
    }

    @Test
    void onlyAPdfIsAPdf() {
        assertTrue(file("a.pdf", "application/pdf").isPdf());
        assertFalse(file("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document").isPdf());
    }
}

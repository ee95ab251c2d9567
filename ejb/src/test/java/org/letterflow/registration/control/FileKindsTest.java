package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.NumberTemplate;
import org.letterflow.registration.entity.RegistrationJournal;
import org.letterflow.registration.entity.Requisites;

class FileKindsTest {

    @Test
    void aFileIsNamedByItsKindAndSizeNotByMimeType() {
        assertEquals("документ PDF, 12 КБ", FileKinds.describe("application/pdf", 12_000));
        assertEquals("документ Word, 512 байт", FileKinds.describe(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 512));
        assertEquals("таблица, 2,5 МБ", FileKinds.describe("application/vnd.ms-excel", 2_621_440));
        assertEquals("изображение, 1 КБ", FileKinds.describe("image/png", 1024));
        assertEquals("текст, 3 байт", FileKinds.describe("text/plain; charset=UTF-8", 3));
        assertEquals("файл, 0 байт", FileKinds.describe(null, 0));
    }

    @Test
    void aMegabyteIsCountedInMegabytesAndABitLessInKilobytes() {
        assertEquals("1024 КБ", FileKinds.size(1024 * 1024 - 1), "rounded up within kilobytes");
        assertEquals("1,0 МБ", FileKinds.size(1024 * 1024));
        assertEquals("1023 байт", FileKinds.size(1023));
    }

    @Test
    void aLetterIsNamedByItsNumberAndDateOnceRegisteredAndByItsSubjectBefore() {
        Organisation tomsk = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY, "Департамент", "Департамент",
                ZoneId.of("Asia/Tomsk"), null, null);
        Letter letter = new Letter(tomsk, Direction.OUTGOING, new Requisites("О мониторинге", null, null, null, null, null,
                null, null, null, null, null, false), "tomsk.clerk", Instant.parse("2026-01-10T03:00:00Z"));
        assertEquals("«О мониторинге»", FileKinds.letterName(letter));
        letter.register(new RegistrationJournal(tomsk, Direction.OUTGOING, "Исходящие", NumberTemplate.of("57-{seq:4}")),
                144, 2026, LocalDate.of(2026, 1, 10), null);
        assertEquals("№ 57-0144 от 10.01.2026", FileKinds.letterName(letter));
    }
}

package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.TextPart;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.registration.entity.NumberTemplate;
import org.letterflow.registration.entity.RegistrationJournal;
import org.letterflow.registration.entity.Requisites;

/** The printed registration card: the requisites a clerk filed, the links and files, times in the organisation's zone. */
class RegistrationCardTest {

    private static final Organisation TOMSK = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY,
            "Департамент общего образования Томской области", "Департамент (Томск)", ZoneId.of("Asia/Tomsk"), null, null);

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static LetterRow row(String number, LocalDate date, String subject) {
        return new LetterRow(1, Direction.OUTGOING, number == null ? LetterState.DRAFT : LetterState.REGISTERED,
                number, date, null, null, null, subject, false, TextPart.plain(subject));
    }

    @Test
    void anIncomingLetterIsPrintedWithEveryRequisiteItsLinksAndFiles() throws IOException {
        Letter letter = new Letter(TOMSK, Direction.INCOMING, new Requisites("О мониторинге питания", "Руководителям",
                "Минпросвещения России", "03-1502", LocalDate.of(2026, 1, 5), "Заместитель министра", "Д. Е. Грибов",
                "Петрова", "8 (495) 000-00-00", "О сроках", "на 3 л.", true), "tomsk.clerk",
                Instant.parse("2026-01-09T02:00:00Z"));
        // 04:15 UTC is 11:15 in Tomsk.
        letter.register(new RegistrationJournal(TOMSK, Direction.INCOMING, "Входящие", NumberTemplate.of("Вх-{seq}")),
                38, 2026, LocalDate.of(2026, 1, 9), Instant.parse("2026-01-09T04:15:00Z"));
        Attachment file = new Attachment(letter, "письмо.pdf", "application/pdf", "ab", 10, 3, "текст", null,
                "tomsk.clerk", Instant.parse("2026-01-09T04:15:00Z"));

        String card = text(RegistrationCard.of(letter, List.of(row("57-0144", LocalDate.of(2025, 12, 20), "Запрос")),
                List.of(), List.of(row(null, null, "О мониторинге в школах"), row("57-0150", LocalDate.of(2026, 1, 12), "О")),
                List.of(file), Instant.parse("2026-01-12T10:00:00Z")));

        assertTrue(card.contains("Регистрационная карточка входящего документа"), card);
        assertTrue(card.contains("Рег. номер Вх-38"), card);
        assertTrue(card.contains("Дата регистрации 09.01.2026"), card);
        assertTrue(card.contains("Поступило 09.01.2026 11:15"), "in Tomsk's time: " + card);
        assertTrue(card.contains("Корреспондент Минпросвещения России"), card);
        assertTrue(card.contains("Исх. № и дата корреспондента 03-1502 от 05.01.2026"), card);
        assertTrue(card.contains("Подписант Заместитель министра Д. Е. Грибов"), card);
        assertTrue(card.contains("Гриф Для служебного пользования"), card);
        assertTrue(card.contains("На № 57-0144 от 20.12.2025"), card);
        assertTrue(card.contains("Переадресовано письмом проект: О мониторинге в школах"), "a draft by its subject: " + card);
        assertTrue(card.contains("Переадресовано письмом № 57-0150 от 12.01.2026"), card);
        assertTrue(card.contains("Файл письмо.pdf, 3 стр."), card);
        assertTrue(card.contains("Карточка сформирована 12.01.2026 17:00"), card);
        assertFalse(card.contains("Во исполнение"), "no letter it re-issues, no such line: " + card);
    }

    @Test
    void aDraftSaysItIsNotRegistered() throws IOException {
        Letter draft = new Letter(TOMSK, Direction.OUTGOING, new Requisites("О мониторинге", null, null, null, null,
                null, null, null, null, null, null, false), "tomsk.clerk", Instant.parse("2026-01-09T02:00:00Z"));
        String card = text(RegistrationCard.of(draft, List.of(), List.of(), List.of(), List.of(),
                Instant.parse("2026-01-12T10:00:00Z")));
        assertTrue(card.contains("Регистрационная карточка исходящего документа"), card);
        assertTrue(card.contains("не зарегистрирован (проект)"), card);
        assertFalse(card.contains("Гриф"), card);
    }

    @Test
    void aNameOrContactOfTwoPartsKeepsWhicheverIsThere() {
        assertEquals("Петрова 51-00-00", RegistrationCard.join("Петрова", "51-00-00"));
        assertEquals("Петрова", RegistrationCard.join("Петрова", null));
        assertEquals("51-00-00", RegistrationCard.join(null, "51-00-00"));
        assertNull(RegistrationCard.join(null, null));
        assertNull(RegistrationCard.join(" ", ""));
    }
}

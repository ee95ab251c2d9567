package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.entity.Extraction;

/**
 * Letters as they are published rather than printed: headings in every form, no letterhead, no
 * salutation, no signature. Made-up letters in the shapes the real ones take (shared/real-letters);
 * each asserts a rule, not a letter.
 */
class HeadingsTest {

    private static Extraction read(String text) {
        return RequisiteParser.parse(text, null, WorkingCalendar.russian());
    }

    @Test
    void theNumberAndDateInsideACataloguesHeading() {
        Extraction x = read("Письмо от 15.02.2012 г № 1699/12\n\nО Перечне конкурсов на 2012 год\n\nМинистерство образования Энской "
                + "области направляет перечень конкурсов для использования в работе.");
        assertEquals("1699/12", x.number());
        assertEquals(LocalDate.of(2012, 2, 15), x.date());
        assertEquals("О Перечне конкурсов на 2012 год", x.subject());
        assertEquals("Министерство образования Энской области", x.sender());

        Extraction named = read("Письмо Министерства образования Энской области от 3 марта 2020 г. N 01-15/77\n\nТекст письма.");
        assertEquals("01-15/77", named.number());
        assertEquals(LocalDate.of(2020, 3, 3), named.date());

        Extraction numberFirst = read("Правительственная телеграмма №НР 15-2/10 от 13 июля 2011 г.\n\nТекст телеграммы.");
        assertEquals("НР 15-2/10", numberFirst.number());
        assertEquals(LocalDate.of(2011, 7, 13), numberFirst.date());
    }

    @Test
    void anOrganisationBeforeTheNumberIsTheSender() {
        Extraction x = read("Комитет по образованию №01-16-1014/13 от 04.04.2013 г. Уважаемые руководители! Комитетом выявлено, что прием "
                + "составил 59% от плана.");
        assertEquals("01-16-1014/13", x.number());
        assertEquals(LocalDate.of(2013, 4, 4), x.date());
        assertEquals("Комитет по образованию", x.sender());
    }

    @Test
    void aCitedLettersNumberNearTheTopIsNotTheLettersOwn() {
        Extraction x = read("Во исполнение письма Комитета от 27.02.2017 № 03-17-1165/17 в срок до 07 марта 2017 года необходимо "
                + "провести мероприятия.");
        assertNull(x.number());
        assertNull(x.date());
        assertEquals(1, x.references().size());
        assertEquals(LocalDate.of(2017, 3, 7), x.deadlines().get(0).date());
    }

    @Test
    void aLetterheadInCapitalsOverTwoLinesUnderACataloguesLine() {
        Extraction x = read("Письмо Минобразования от 04.02.2014 N 1522/14 \"О представлении информации\"\n\n"
                + "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ\nЭНСКОЙ ОБЛАСТИ\n\nПИСЬМО\nот 4 февраля 2014 г. № 1522/14\n\n"
                + "О ПРЕДСТАВЛЕНИИ ИНФОРМАЦИИ\n\nМинистерство просит представить информацию.\n\nЗаместитель министра\nЛ.М.СИДОРОВА\n");
        assertEquals("Министерство образования и науки Энской области", x.sender());
        assertEquals("1522/14", x.number());
        assertEquals("О ПРЕДСТАВЛЕНИИ ИНФОРМАЦИИ", x.subject());
        assertEquals("Л.М.СИДОРОВА", x.signatory().name());
    }

    @Test
    void aWebPagesTitleOverTheSalutationIsTheSubjectNotTheSender() {
        Extraction x = read("Выход на лёд\nУважаемые руководители!\nНеобходимо провести мероприятия по безопасности.");
        assertEquals("Выход на лёд", x.subject());
        assertNull(x.sender());
    }

    @Test
    void latinLookAlikeLettersReadAsCyrillic() {
        // "Mинистерство" with a Latin M, "oбласти" with a Latin o
        Extraction x = read("Mинистерство образования Энской oбласти\n\nот 01.02.2024 № 12\n\nО представлении сведений\n\n"
                + "Министерство просит представить сведения о численности обучающихся по прилагаемой форме в срок до 10.02.2024.");
        assertEquals("Министерство образования Энской области", x.sender());
    }

    @Test
    void theNumberAndTheDateOnLinesOfTheirOwnInEitherOrder() {
        Extraction x = read("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\n\n№ 57-0144\nот 15.01.2021\n\nО проведении конкурса\n\nТекст письма о конкурсе.");
        assertEquals("57-0144", x.number());
        assertEquals(LocalDate.of(2021, 1, 15), x.date());
        assertEquals("Управление образования", x.sender());
    }
}

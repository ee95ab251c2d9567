package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.Extraction;

/**
 * Confidence comes from how a value was found, not from what it says: a registration line beats a
 * guess from the body, a printed year beats an inferred one, text beats OCR, one candidate beats two.
 * Each rule here on letters made up for it; the calibration itself is measured by the evaluation.
 */
class ConfidenceTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.russian();

    private static Extraction parse(String text) {
        return RequisiteParser.parse(text, null, CALENDAR);
    }

    private static Extraction parse(String text, LocalDate received) {
        return RequisiteParser.parse(text, received, CALENDAR);
    }

    private static final String LETTER = """
            МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТЕСТОВОЙ ОБЛАСТИ

            от 10.01.2025 № 12-345

            О представлении сведений

            Уважаемые руководители!

            Просим представить сведения до 20.01.2025.

            Министр                    А.Б. Вторых
            """;

    @Test
    void aRegistrationLineAndALetterheadAreSure() {
        Extraction x = parse(LETTER);
        assertEquals("12-345", x.number());
        assertTrue(x.confidence().get("number") >= Confidence.SURE, x.confidence().toString());
        assertTrue(x.confidence().get("date") >= Confidence.SURE, x.confidence().toString());
        assertTrue(x.confidence().get("sender") >= Confidence.SURE, x.confidence().toString());
        assertTrue(x.confidence().get("subject") >= Confidence.SURE, x.confidence().toString());
        assertTrue(x.confidence().get("signatory") >= Confidence.SURE, x.confidence().toString());
        assertEquals(1, x.deadlines().size());
        assertTrue(x.deadlines().get(0).confidence() >= Confidence.SURE, x.deadlines().toString());
    }

    @Test
    void twoRegistrationLinesThatDisagreeMakeTheNumberDoubtful() {
        Extraction x = parse(LETTER.replace("от 10.01.2025 № 12-345\n", "от 10.01.2025 № 12-345\nот 11.01.2025 № 99-1\n"));
        assertEquals("12-345", x.number());
        assertTrue(x.confidence().get("number") < Confidence.SURE, x.confidence().toString());
        assertTrue(x.confidence().get("date") < Confidence.SURE, x.confidence().toString());
    }

    @Test
    void aSenderGuessedFromTheBodyIsDoubtful() {
        Extraction x = parse("""
                О проведении конкурса

                В соответствии с планом работы Министерство образования Тестовой области проводит конкурс. \
                Просим направить заявки до 15.02.2025 на адрес организатора, указанный в положении.
                """);
        assertEquals("Министерство образования Тестовой области", x.sender());
        assertTrue(x.confidence().get("sender") < Confidence.SURE, x.confidence().toString());
    }

    @Test
    void aFirstLineTakenForALetterheadWithNoNumberTitleOrSalutationUnderItIsDoubtful() {
        // no structure: the first line may be a letterhead or, as here, a web page's heading
        Extraction x = parse("""
                Информация о проведении конкурса

                В соответствии с планом работы проводится конкурс. Просим направить заявки до 15.02.2025 на адрес \
                организатора, указанный в положении о конкурсе, с приложением всех документов.
                """);
        assertTrue(x.confidence().getOrDefault("sender", 0.0) < Confidence.SURE, x.sender() + " " + x.confidence());
    }

    @Test
    void aDeadlineIsSurestWithAnObligationAndAPrintedYear() {
        LocalDate letter = LocalDate.of(2025, 1, 10);
        Deadline asked = DeadlineFinder.find("Просим представить отчёт до 20.01.2025.", letter).get(0);
        Deadline unasked = DeadlineFinder.find("Приём заявлений открыт до 20.01.2025.", letter).get(0);
        Deadline yearOfLetter = DeadlineFinder.find("Просим представить отчёт до 20 января.", letter).get(0);
        assertTrue(asked.confidence() >= Confidence.SURE, asked.toString());
        assertTrue(unasked.confidence() < Confidence.SURE, unasked.toString());
        assertTrue(yearOfLetter.confidence() < asked.confidence(), yearOfLetter.toString());
    }

    @Test
    void aYearGuessedFromTheDayReceivedOrANearbyDateIsDoubtful() {
        Deadline received = DeadlineFinder.find("Просим представить отчёт до 20 января.", null, LocalDate.of(2025, 1, 5)).get(0);
        Deadline nearest = DeadlineFinder.find("Приказ от 01.12.2024. Просим представить отчёт до 20 января.", null, null).get(0);
        assertEquals(Deadline.YEAR_FROM_RECEIVED, received.yearFrom());
        assertTrue(received.confidence() < Confidence.SURE, received.toString());
        assertEquals(Deadline.YEAR_FROM_NEAREST, nearest.yearFrom());
        assertTrue(nearest.confidence() < received.confidence(), nearest.toString());
    }

    @Test
    void aDateBeforeTheLetterKeptOnlyForItsObligationIsDoubtful() {
        Deadline typo = DeadlineFinder.find("Просим представить отчёт до 20.01.2024.", LocalDate.of(2025, 1, 10)).get(0);
        assertTrue(typo.confidence() < Confidence.SURE, typo.toString());
    }

    @Test
    void aRelativeDeadlineCountedFromTheLettersDateRatherThanTheDayReceivedIsDoubtful() {
        String text = LETTER.replace("Просим представить сведения до 20.01.2025.",
                "Просим представить сведения в течение 5 рабочих дней со дня получения.");
        Deadline fromReceived = parse(text, LocalDate.of(2025, 1, 13)).deadlines().get(0);
        Deadline fromLetter = parse(text).deadlines().get(0);
        assertTrue(fromReceived.confidence() >= Confidence.SURE, fromReceived.toString());
        assertTrue(fromLetter.confidence() < Confidence.SURE, fromLetter.toString());
    }

    @Test
    void theFieldDeadlinesIsAsSureAsItsLeastSureDeadline() {
        Extraction x = parse(LETTER.replace("Просим представить сведения до 20.01.2025.",
                "Просим представить сведения до 20.01.2025. Приём заявлений открыт до 30.01.2025."));
        assertEquals(2, x.deadlines().size());
        assertEquals(x.deadlines().stream().mapToDouble(Deadline::confidence).min().orElseThrow(),
                x.confidence().get("deadlines"));
    }

    @Test
    void ocrLowersCopiedFieldsUnderSureAndDatesLess() {
        Extraction x = Confidence.recognised(parse(LETTER));
        assertTrue(x.confidence().get("number") < Confidence.SURE, x.confidence().toString());
        assertTrue(x.confidence().get("signatory") < Confidence.SURE, x.confidence().toString());
        assertEquals(0.9, x.confidence().get("date"), x.confidence().toString());
        assertEquals(0.9, x.deadlines().get(0).confidence());
        assertEquals(x.confidence().get("deadlines"), x.deadlines().get(0).confidence());
    }

    @Test
    void theRulesNeverGiveMoreThanOneOrLessThanNothing() {
        for (Confidence.Registration how : Confidence.Registration.values()) {
            double sure = Confidence.registration(how, true);
            assertTrue(sure >= 0 && sure <= 1, how + " " + sure);
        }
        for (Confidence.Trigger trigger : Confidence.Trigger.values()) {
            for (String yearFrom : new String[] {null, Deadline.YEAR_FROM_LETTER, Deadline.YEAR_FROM_RECEIVED, Deadline.YEAR_FROM_NEAREST}) {
                double sure = Confidence.deadline(trigger, true, yearFrom, false);
                assertTrue(sure > 0 && sure <= 1, trigger + " " + yearFrom + " " + sure);
            }
        }
    }

    @Test
    void theEvaluationCountsEachAnswerWithItsOwnConfidence() {
        JsonObject expected = json("""
                {"number": "12-345", "date": "2025-01-10", "sender": null,
                 "deadlines": [{"date": "2025-01-20"}], "deadlines_optional": [{"date": "2025-01-25"}]}""");
        JsonObject actual = json("""
                {"number": "12-346", "date": "2025-01-10", "sender": "Министерство", "subject": "не спрошено",
                 "deadlines": [{"date": "2025-01-20", "confidence": 0.95}, {"date": "2025-01-25", "confidence": 0.8},
                               {"date": "2025-01-30", "confidence": 0.6}],
                 "confidence": {"number": 0.95, "date": 0.95, "sender": 0.6, "deadlines": 0.6}}""");
        assertEquals(List.of(new AnswerCheck.Answer("number", 0.95, false), new AnswerCheck.Answer("date", 0.95, true),
                new AnswerCheck.Answer("sender", 0.6, false), new AnswerCheck.Answer("deadlines", 0.95, true),
                new AnswerCheck.Answer("deadlines", 0.6, false)), AnswerCheck.answers(expected, actual));
    }

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }
}

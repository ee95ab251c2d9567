package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.entity.Deadline;

class DeadlineFinderTest {

    private static String seed(String name) throws IOException {
        try (InputStream in = DeadlineFinderTest.class.getResourceAsStream("/db/demo/letters/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<LocalDate> dates(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::date).toList();
    }

    @Test
    void theIrkutskLetterGivesItsSixReportDatesAndTheEndOfTheCampaign() throws IOException {
        List<Deadline> found = DeadlineFinder.find(seed("irkutsk-2025-01-10-02-55-97-25"), LocalDate.of(2025, 1, 10));
        assertEquals(List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 24),
                LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 21), LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 24)), dates(found));
        assertTrue(found.get(1).sentence().startsWith("Отчеты о ходе освещения федеральной кампании"),
                found.get(1).sentence());
        assertTrue(found.get(1).sentence().endsWith("10 и 24 марта 2025 года."), found.get(1).sentence());
    }

    @Test
    void theTatarstanLetterGivesTheFifthOfMayButNotWhenMonitoringStarts() throws IOException {
        List<Deadline> found = DeadlineFinder.find(seed("tatarstan-2023-04-28-1871-23-D"), LocalDate.of(2023, 4, 28));
        assertEquals(List.of(LocalDate.of(2023, 5, 5)), dates(found));
        assertTrue(found.get(0).sentence().contains("завершить работу по оформлению госпабликов"));
    }

    @Test
    void lettersThatOnlyCiteDatesImposeNone() throws IOException {
        assertEquals(List.of(), DeadlineFinder.find(seed("tomsk-2021-01-15-57-0144"), LocalDate.of(2021, 1, 15)));
        assertEquals(List.of(), DeadlineFinder.find(seed("minprosvescheniya-2021-01-12-10-1"), LocalDate.of(2021, 1, 12)));
    }

    @Test
    void aDateWithoutAYearTakesTheLettersYearOrTheNext() {
        LocalDate december = LocalDate.of(2024, 12, 20);
        assertEquals(List.of(LocalDate.of(2025, 2, 5), LocalDate.of(2024, 12, 27)),
                dates(DeadlineFinder.find("Представить отчёт до 5 февраля. Сведения направить до 27 декабря.", december)));
    }

    @Test
    void numericDatesAndOtherWordings() {
        LocalDate letter = LocalDate.of(2025, 1, 10);
        assertEquals(List.of(LocalDate.of(2025, 3, 15)),
                dates(DeadlineFinder.find("Информацию направить не позднее 15.03.2025 на адрес.", letter)));
        assertEquals(List.of(LocalDate.of(2025, 9, 1)),
                dates(DeadlineFinder.find("Подготовить школы к 1 сентября.", letter)));
        assertEquals(List.of(LocalDate.of(2025, 4, 1)),
                dates(DeadlineFinder.find("Ответ дать ДО 01.04.25.", letter)));
    }

    @Test
    void citedDatesStartsAndImpossibleDatesAreNotDeadlines() {
        LocalDate letter = LocalDate.of(2025, 1, 10);
        assertEquals(List.of(), DeadlineFinder.find("В соответствии с письмом от 12.01.2021 № 10-1 сообщаем.", letter));
        assertEquals(List.of(), DeadlineFinder.find("Мониторинг будет проводиться начиная со 2 мая 2025 года.", letter));
        assertEquals(List.of(), DeadlineFinder.find("Отчёт представить до 31 февраля 2025 года.", letter));
        assertEquals(List.of(), DeadlineFinder.find("Приложение к письму от 15.01.2021.", letter));
        assertEquals(List.of(), DeadlineFinder.find("Прием документов продлится до конца месяца.", letter));
    }

    @Test
    void aLetterWithoutADateStillHasItsDeadlinesAndSaysWhereTheYearCameFrom() {
        var received = RequisiteParser.parse("Информацию представить до 15 марта.", LocalDate.of(2025, 3, 1),
                WorkingCalendar.russian()).deadlines();
        assertEquals(List.of(LocalDate.of(2025, 3, 15)), dates(received));
        assertEquals(Deadline.YEAR_FROM_RECEIVED, received.get(0).yearFrom());

        var nearest = RequisiteParser.parse("Отчёт за год принят 10.01.2025.\nСведения направить до 15 марта.", null,
                WorkingCalendar.russian()).deadlines();
        assertEquals(List.of(LocalDate.of(2025, 3, 15)), dates(nearest));
        assertEquals(Deadline.YEAR_FROM_NEAREST, nearest.get(0).yearFrom());

        var printed = RequisiteParser.parse("Заявки принимаются. Материалы необходимо разместить до 5 июня 2023 года.", null,
                WorkingCalendar.russian()).deadlines();
        assertEquals(List.of(LocalDate.of(2023, 6, 5)), dates(printed));
        assertEquals(null, printed.get(0).yearFrom());
    }

    @Test
    void anObligationRightBeforeADateMakesItADeadlineAndAnEventDoesNot() {
        assertEquals(List.of(LocalDate.of(2019, 12, 2)), dates(DeadlineFinder.find(
                "НЕОБХОДИМО 02.12.2019 организовать уборку территории. Объезд территорий состоится 03.12.2019.", null)));
        assertEquals(List.of(), DeadlineFinder.find("Совещание состоится 24-27 сентября 2012 года.", null));
        assertEquals(List.of(), DeadlineFinder.find("Этап проводится с 7 февраля по 29 февраля 2022 г.", null));
    }

    @Test
    void timesOfDayRulesForEveryYearAndAsOfDatesAreNotDeadlines() {
        LocalDate letter = LocalDate.of(2024, 2, 7);
        assertEquals(List.of(), DeadlineFinder.find("Сведения представлять ежедневно до 16.00 час.", letter));
        assertEquals(List.of(), DeadlineFinder.find("Размещают акт, издаваемый не позднее 1 апреля текущего года.", letter));
        assertEquals(List.of(), DeadlineFinder.find("По состоянию на 25.03.2013 прием составил 59% от плана.", null));
        assertEquals(List.of(), DeadlineFinder.find("Прошу представить сведения по состоянию на 1 февраля 2024 года.", letter));
    }

    @Test
    void aPrintedYearBeforeTheLetterStaysWhenTheSentenceStillAsksForSomething() {
        LocalDate letter = LocalDate.of(2014, 2, 4);
        assertEquals(List.of(LocalDate.of(2013, 2, 7)), dates(DeadlineFinder.find(
                "Министерство просит в срок до 7 февраля 2013 года представить информацию.", letter)));
        assertEquals(List.of(), DeadlineFinder.find("Прием заявлений продолжался до 1 февраля 2013 года.", letter));
    }

    @Test
    void aDeadlinesTextIsItsWholeSentenceAcrossWrappedLines() {
        List<Deadline> found = DeadlineFinder.find("Министерство просит в срок до 7 февраля\n2013 года представить информацию\n"
                + "по прилагаемой форме.\nВ информации просим указать телефон.", LocalDate.of(2013, 2, 1));
        assertEquals("Министерство просит в срок до 7 февраля 2013 года представить информацию по прилагаемой форме.",
                found.get(0).sentence());
    }

    @Test
    void impossibleDatesAreSkippedNeverMoved() {
        assertEquals(List.of(), DeadlineFinder.find("Отчёт представить до 31.02.2025.", null));
        assertEquals(List.of(), DeadlineFinder.find("Отчёт представить до 2012-13-01.", null));
    }
}

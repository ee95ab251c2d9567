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
}

package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.NumberTemplate;
import org.letterflow.registration.entity.RegistrationJournal;
import org.letterflow.registration.entity.Requisites;

/** Which letters the printed journal lists, in what order, with which columns. */
class PrintedJournalTest {

    private static final Organisation TOMSK = new Organisation(null, OrganisationKind.REGIONAL_AUTHORITY,
            "Департамент общего образования Томской области", "ДОО ТО", ZoneId.of("Asia/Tomsk"), null, null);
    private static final RegistrationJournal INCOMING = new RegistrationJournal(TOMSK, Direction.INCOMING, "Входящие",
            NumberTemplate.of("Вх-{seq}"));
    private static final RegistrationJournal OUTGOING = new RegistrationJournal(TOMSK, Direction.OUTGOING, "Исходящие",
            NumberTemplate.of("57-{seq:4}"));
    private static final JournalPeriod JANUARY = JournalPeriod.parse("01.01.2025", "31.01.2025");

    private static Letter incoming(String subject, String correspondent, String theirNumber, LocalDate theirDate,
                                   boolean restricted) {
        return new Letter(TOMSK, Direction.INCOMING, new Requisites(subject, null, correspondent, theirNumber, theirDate,
                null, null, null, null, null, null, restricted), "tomsk.clerk", Instant.parse("2025-01-01T03:00:00Z"));
    }

    private static Letter registered(Letter letter, RegistrationJournal journal, long sequence, LocalDate date) {
        letter.register(journal, sequence, date.getYear(), date, null);
        return letter;
    }

    @Test
    void theLettersOfTheJournalRegisteredInThePeriodInTheJournalsOwnOrder() {
        Letter third = registered(incoming("Третье", "Минпросвещения России", null, null, false), INCOMING, 12,
                LocalDate.of(2025, 1, 31));
        Letter first = registered(incoming("Первое", "Минпросвещения России", null, null, false), INCOMING, 10,
                LocalDate.of(2025, 1, 1));
        // registered later with an earlier date: the journal lists it under its number, not its day
        Letter second = registered(incoming("Второе", "Минпросвещения России", null, null, false), INCOMING, 11,
                LocalDate.of(2024, 12, 31).plusDays(20));
        Letter before = registered(incoming("До периода", "Минпросвещения России", null, null, false), INCOMING, 9,
                LocalDate.of(2024, 12, 31));
        Letter after = registered(incoming("После периода", "Минпросвещения России", null, null, false), INCOMING, 13,
                LocalDate.of(2025, 2, 1));
        RegistrationJournal other = new RegistrationJournal(TOMSK, Direction.INCOMING, "Обращения граждан",
                NumberTemplate.of("ОГ-{seq}"));
        Letter otherJournal = registered(incoming("Другой журнал", "Иванов И.И.", null, null, false), other, 1,
                LocalDate.of(2025, 1, 15));
        Letter draft = incoming("Не зарегистрировано", "Минпросвещения России", null, null, false);

        PrintedJournal print = PrintedJournal.of(INCOMING, JANUARY,
                List.of(third, after, otherJournal, first, draft, second, before), l -> PrintedJournal.Execution.NONE);

        assertEquals(List.of("Вх-10", "Вх-11", "Вх-12"), print.rows().stream().map(r -> r.get(1)).toList());
        assertEquals(List.of("1", "2", "3"), print.rows().stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("01.01.2025", "20.01.2025", "31.01.2025"), print.rows().stream().map(r -> r.get(2)).toList());
        assertEquals("Журнал регистрации входящих документов", print.title());
        assertEquals("Департамент общего образования Томской области", print.organisation());
        assertEquals("с 01.01.2025 по 31.01.2025", print.period());
    }

    @Test
    void anIncomingLineHasTheCorrespondentTheirNumberTheResolutionItsDueDatesAndTheMark() {
        Letter letter = registered(incoming("О мониторинге питания", "Минпросвещения России", "03-1421",
                LocalDate.of(2024, 12, 27), true), INCOMING, 5, LocalDate.of(2025, 1, 9));
        PrintedJournal.Execution execution = new PrintedJournal.Execution(
                List.of("Подготовить сведения — А.С. Свирчевская"),
                List.of(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 10)), 3, 3,
                LocalDate.of(2025, 2, 7), List.of(LocalDate.of(2025, 3, 1)));

        PrintedJournal print = PrintedJournal.of(INCOMING, JANUARY, List.of(letter), l -> execution);

        assertEquals(List.of("№ п/п", "Рег. номер", "Дата регистрации", "Корреспондент", "Исх. № и дата корреспондента",
                "Краткое содержание", "Резолюция, исполнитель", "Срок исполнения", "Отметка об исполнении"),
                print.columns().stream().map(PrintedJournal.Column::heading).toList());
        assertEquals(List.of("1", "Вх-5", "09.01.2025", "Минпросвещения России", "№ 03-1421 от 27.12.2024",
                "О мониторинге питания (ДСП)", "Подготовить сведения — А.С. Свирчевская", "20.01.2025, 10.02.2025",
                "Исполнено 07.02.2025"), print.rows().get(0));
        float shares = (float) print.columns().stream().mapToDouble(PrintedJournal.Column::share).sum();
        assertEquals(1f, shares, 0.001f, "the columns fill the page's width");
    }

    @Test
    void theMarkSaysWhetherEveryDueDateIsDoneAndTheLettersOwnDeadlineStandsInWhenNobodyResolved() {
        assertEquals("", PrintedJournal.executionMark(PrintedJournal.Execution.NONE));
        assertEquals("На исполнении", PrintedJournal.executionMark(
                new PrintedJournal.Execution(List.of("x"), List.of(LocalDate.of(2025, 2, 1)), 2, 1, null, List.of())));
        Letter letter = registered(incoming("О сроках", "Минобр Иркутской области", null, LocalDate.of(2025, 1, 3), false),
                INCOMING, 1, LocalDate.of(2025, 1, 9));
        PrintedJournal print = PrintedJournal.of(INCOMING, JANUARY, List.of(letter),
                l -> new PrintedJournal.Execution(List.of(), List.of(), 0, 0, null, List.of(LocalDate.of(2025, 3, 1))));
        List<String> row = print.rows().get(0);
        assertEquals("от 03.01.2025", row.get(4));
        assertEquals("", row.get(6));
        assertEquals("01.03.2025", row.get(7));
        assertEquals("", row.get(8));
    }

    @Test
    void anOutgoingLineHasTheAddresseesTheSignatoryTheExecutorAndWhetherItWasSent() {
        Letter sent = new Letter(TOMSK, Direction.OUTGOING, new Requisites("Об олимпиаде", "Руководителям школ", null,
                null, null, "Начальник Департамента", "И.Б. Грабцевич", "Свирчевская А.С.", "(3822) 51-22-33", null,
                null, false), "tomsk.clerk", Instant.parse("2025-01-01T03:00:00Z"));
        registered(sent, OUTGOING, 144, LocalDate.of(2025, 1, 15));
        sent.markSent();
        Letter kept = new Letter(TOMSK, Direction.OUTGOING, new Requisites("О кадрах", "Руководителям школ",
                "ДО г. Томска", null, null, null, null, null, null, null, null, false), "tomsk.clerk",
                Instant.parse("2025-01-01T03:00:00Z"));
        registered(kept, OUTGOING, 145, LocalDate.of(2025, 1, 16));

        PrintedJournal print = PrintedJournal.of(OUTGOING, JANUARY, List.of(kept, sent), l -> {
            throw new AssertionError("an outgoing letter has no resolution to read");
        });

        assertEquals("Журнал регистрации исходящих документов", print.title());
        assertEquals(List.of("№ п/п", "Рег. номер", "Дата регистрации", "Адресаты", "Краткое содержание", "Подписал",
                "Исполнитель", "Отметка об отправке"), print.columns().stream().map(PrintedJournal.Column::heading).toList());
        assertEquals(List.of("1", "57-0144", "15.01.2025", "Руководителям школ", "Об олимпиаде",
                "Начальник Департамента И.Б. Грабцевич", "Свирчевская А.С., (3822) 51-22-33", "Отправлено"),
                print.rows().get(0));
        assertEquals("Руководителям школ; ДО г. Томска", print.rows().get(1).get(3));
        assertEquals("Не отправлено", print.rows().get(1).get(7));
        assertTrue(print.columns().size() == print.rows().get(1).size());
    }
}

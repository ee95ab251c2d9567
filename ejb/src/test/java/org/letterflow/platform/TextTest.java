package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextTest {

    /** The sources that say texts: this module's and the web module's beside it. */
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"));

    private static Properties bundle() {
        Properties bundle = new Properties();
        try (InputStream in = Text.class.getResourceAsStream("Text.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    @Test
    void theEnumAndTheBundleHoldTheSameKeys() {
        Set<String> constants = Arrays.stream(Text.values()).map(Text::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = new TreeSet<>(bundle().stringPropertyNames());
        Set<String> withoutText = new TreeSet<>(constants);
        withoutText.removeAll(keys);
        Set<String> withoutConstant = new TreeSet<>(keys);
        withoutConstant.removeAll(constants);
        assertEquals(Set.of(), withoutText, "constants of Text with no text in Text.properties");
        assertEquals(Set.of(), withoutConstant, "texts in Text.properties with no constant in Text");
    }

    @Test
    void everyTextIsSaidSomewhere() throws IOException {
        Pattern used = Pattern.compile("\\bText\\.([A-Z0-9_]+)\\b");
        Set<String> said = new TreeSet<>();
        for (Path root : SOURCE_ROOTS.stream().filter(Files::isDirectory).toList()) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Text.java")).toList()) {
                    Matcher m = used.matcher(Files.readString(file));
                    while (m.find()) {
                        said.add(m.group(1));
                    }
                }
            }
        }
        Set<String> unsaid = Arrays.stream(Text.values()).map(Text::name).filter(name -> !said.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unsaid, "texts no code says: remove them from Text and Text.properties");
    }

    @Test
    void everyTextIsAPatternMessageFormatReads() {
        for (Text text : Text.values()) {
            // a lone apostrophe would swallow the rest of the text, an unquoted brace fail here
            String pattern = bundle().getProperty(text.name());
            new MessageFormat(pattern);
            assertTrue(pattern.replace("''", "").replaceAll("'[{}]+'", "").indexOf('\'') < 0, text + ": " + pattern);
        }
    }

    @Test
    void valuesAreWrittenAsTheyAreNotAsLocalisedNumbers() {
        assertEquals("Организации с кодом 1234567 нет в справочнике", Text.ORGANISATION_CODE_UNKNOWN.format(1_234_567L));
        assertEquals("Слишком много сроков по правилу (1500); сократите период, не больше 1000",
                Text.RECURRENCE_TOO_MANY.format(1500, 1000));
        assertEquals("Файл журнала больше 20 МБ", Text.IMPORT_FILE_TOO_LARGE.format(20L));
        assertEquals("Слишком много неудачных попыток входа. Повторите через 1800 с.", Text.SIGN_IN_THROTTLED.format(1800L));
        assertEquals("Пользователь «null» не найден в вашей организации", Text.USER_NOT_IN_ORGANISATION.format((Object) null));
    }

    @Test
    void textsWithValuesReadAsTheyDidBeforeTheBundle() {
        assertEquals("Письмо № 57-0144 в вашей организации не найдено", Text.LETTER_ANSWERED_NOT_FOUND.format("57-0144"));
        assertEquals("Это письмо уже зарегистрировано: вх. № Вх-38 от 15.01.2021",
                Text.LETTER_DUPLICATE.format("Вх-38", "15.01.2021"));
        assertEquals("Для поля «Дата регистрации» выбран столбец 12, а в файле столбцов 3",
                Text.IMPORT_COLUMN_OUTSIDE.format("Дата регистрации", 12, 3));
        assertEquals("Параметр «q» содержит управляющий символ U+0007; в поиске он не встречается — уберите его",
                Text.SEARCH_CONTROL_CHARACTER.format("q", String.format("%04X", (int) '\u0007')));
        assertEquals("Письмо можно направить только подведомственным организациям и разрешённым корреспондентам;"
                        + " вне вашей подчинённости: МАОУ СОШ № 2, Школа № 5 и ещё 3. Письмо никому не отправлено",
                Text.RECIPIENTS_OUTSIDE_REACH_AND_MORE.format("МАОУ СОШ № 2, Школа № 5", 3));
        assertEquals("Скоро срок 05.03.2026 по письму № Вх-1\nПодготовить отчёт",
                Text.REMINDER_SOON.format("05.03.2026", "Вх-1", "Подготовить отчёт"));
        assertEquals("Сегодня срок по письму № Вх-1\nПодготовить отчёт",
                Text.REMINDER_TODAY.format("05.03.2026", "Вх-1", "Подготовить отчёт"));
        assertEquals("Журнал 7: импортировано писем 12000 (импорт 3)", Text.IMPORT_AUDIT.format(7L, 12_000, 3L));
        assertEquals("Срок по письму № Вх-1 (2 из 3) — исполнено", Text.CALENDAR_DUE_DATE.format("Вх-1",
                Text.CALENDAR_CHECKPOINT_OF.format(2L, 3L), Text.CALENDAR_DONE.format()));
        assertEquals("№ 57-0144 от 15.01.2021", Text.LETTER_NUMBERED_DATED.format("57-0144", "15.01.2021"));
        assertEquals("№ \u0000 от 15.01.2021 в журнале «Входящие 'старые'»",
                Text.AUDIT_REGISTERED.format("\u0000", "15.01.2021", "Входящие 'старые'"));
    }

    /** The web module's texts (its pages' beans, REST resources, exports, file names) read as its literals did. */
    @Test
    void theWebModulesTextsReadAsTheyDidBeforeTheBundle() {
        assertEquals("Запись изменена другим пользователем; обновите страницу и повторите", Text.RECORD_CHANGED_ON_PAGE.format());
        assertEquals("Эта форма уже отправлена: письмо сохранено один раз. Найдите его во входящих или исходящих;"
                + " чтобы зарегистрировать другое письмо, откройте форму заново", Text.LETTER_FORM_SENT.format());
        assertEquals("Зарезервирован номер Вх-12", Text.JOURNAL_NUMBER_RESERVED.format("Вх-12"));
        assertEquals("Пропущен номер 57-0144", Text.JOURNAL_NUMBER_SKIPPED.format("57-0144"));
        assertEquals("Журнал «Входящие 'старые'», период с 01.01.2025 по 31.01.2025",
                Text.JOURNAL_PRINT_SUBTITLE.format("Входящие 'старые'", Text.PERIOD_PRINTED.format("01.01.2025", "31.01.2025")));
        assertEquals("За период документы в журнале не зарегистрированы", Text.JOURNAL_PRINT_EMPTY.format());
        assertEquals("журнал-входящие-2025-01-01-2025-01-31.xlsx",
                Text.JOURNAL_FILE_NAME.format("входящие", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "xlsx"));
        assertEquals("Выберите шаблон маршрута", Text.ROUTE_TEMPLATE_NOT_CHOSEN.format());
        assertEquals("Сейчас не ваша очередь решать по этому документу", Text.APPROVAL_NOT_YOUR_TURN_NOW.format());
        assertEquals("С.Н. Захарова (руководитель)", Text.APPROVER_EXECUTIVE.format("С.Н. Захарова"));
        assertEquals("С.Н. Захарова, Е.Н. Иванова — с 27.04.2023 19:47 (1 ч 2 мин)", Text.APPROVAL_HELD_BY.format(
                "С.Н. Захарова, Е.Н. Иванова", "27.04.2023 19:47", Text.APPROVAL_HELD_HOURS.format(1L, 2)));
        assertEquals("1234 дн 5 ч", Text.APPROVAL_HELD_DAYS.format(1234L, 5));
        assertEquals("Файлы прочитаны для сроков не полностью (первые 1000 страниц): график.pdf, план.docx",
                Text.DEADLINES_READ_IN_PART.format(1000, "график.pdf, план.docx"));
        assertEquals("Укажите число месяца от 1 до 28", Text.RECURRENCE_DAY_OF_MONTH.format());
        assertEquals("Исполнительская дисциплина с 01.01.2026 по 31.01.2026",
                Text.DISCIPLINE_TITLE_OF_PERIOD.format("Исполнительская дисциплина", "01.01.2026", "31.01.2026"));
        assertEquals("карточка-12345.pdf", Text.CARD_FILE_NAME.format(12_345L));
        assertEquals("лист-согласования-12345.pdf", Text.APPROVAL_SHEET_FILE_NAME.format(12_345L));
        assertEquals("цепочка-12345.csv", Text.CHAIN_FILE_NAME.format(12_345L));
        assertEquals("исполнительская-дисциплина.xlsx", Text.DISCIPLINE_FILE_NAME.format("xlsx"));
    }

    @Test
    void bracesAndQuotesOfTheTextsComeOutAsWritten() {
        assertEquals("У {yy} нет ширины", Text.NUMBER_TEMPLATE_NO_WIDTH.format("yy"));
        assertEquals("Фигурные скобки в шаблоне — только для {seq}, {seq:N}, {yy}, {yyyy}", Text.NUMBER_TEMPLATE_BRACES.format());
        assertEquals("Передайте маршрут: {\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": login}, …]}",
                Text.API_ROUTE_MISSING.format());
        assertEquals("Передайте сопоставление столбцов: {\"columns\": {\"NUMBER\": 0, …}}", Text.API_IMPORT_COLUMNS_MISSING.format());
        assertEquals("Разделитель столбцов — «;», «,» или табуляция", Text.IMPORT_SEPARATOR_UNKNOWN.format());
        assertEquals("Укажите письмо: {\"letter\": ID, \"date\": \"2027-03-15\"}", Text.API_DEADLINE_LETTER_MISSING.format());
        assertEquals("Укажите дату предложенного срока или \"all\": true", Text.API_DEADLINE_DATE_MISSING.format());
        assertEquals("Укажите письмо: {\"letter\": ID, \"dates\": […]}", Text.API_DEADLINES_LETTER_MISSING.format());
        assertEquals("Передайте сроки: {\"dates\": [{\"date\": \"2025-01-13\", …}]}", Text.API_DEADLINES_MISSING.format());
        assertEquals("Передайте письмо и поля: {\"letter\": ID, \"fields\": [{\"field\": \"subject\", \"proposed\": …, \"kept\": …}]}",
                Text.API_REVIEW_MISSING.format());
    }

    @Test
    void aRefusalSaysItsText() {
        BusinessException refused = BusinessException.invalid("to", Text.PERIOD_TOO_LONG, 5);
        assertEquals("Журнал печатается за период не длиннее 5 лет; разбейте период на части", refused.getMessage());
        assertEquals("to", refused.field());
        assertEquals(BusinessException.Kind.INVALID, refused.kind());
    }
}

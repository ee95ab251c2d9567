package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportMappingTest {

    @Test
    void requiredFieldsNeedAColumnThatIsInTheFile() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.SUBJECT, 5), true, null, null);
        assertEquals(List.of("Укажите столбец для поля «Дата регистрации»",
                "Для поля «Краткое содержание» выбран столбец 6, а в файле столбцов 3"), mapping.mistakes(3));
    }

    @Test
    void aCompleteMappingHasNoMistakes() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.DATE, 1,
                ImportField.SUBJECT, 2), false, "windows-1251", ';');
        assertTrue(mapping.mistakes(3).isEmpty());
    }

    @Test
    void theColumnJustPastTheLastIsOutsideAndAFileOfUnknownWidthHasNoOutside() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.DATE, 1,
                ImportField.SUBJECT, 3), false, null, null);
        assertEquals(List.of("Для поля «Краткое содержание» выбран столбец 4, а в файле столбцов 3"), mapping.mistakes(3));
        assertTrue(mapping.mistakes(4).isEmpty());
        assertTrue(mapping.mistakes(0).isEmpty(), "an empty sample tells no width");
    }

    @Test
    void encodesAndDecodesToTheSameMapping() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.DATE, 1,
                ImportField.SUBJECT, 2, ImportField.EXECUTOR, 7), false, "windows-1251", '\t');
        assertEquals(mapping, ImportMapping.decode(mapping.encode()));
        ImportMapping auto = new ImportMapping(Map.of(ImportField.NUMBER, 3), true, null, null);
        assertEquals(auto, ImportMapping.decode(auto.encode()));
    }

    @Test
    void unknownEncodingsAndSeparatorsAreMistakes() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.DATE, 1,
                ImportField.SUBJECT, 2), true, "koi8-r", '|');
        assertEquals(2, mapping.mistakes(3).size());
    }

    @Test
    void guessesTheUsualHeadingsOfAPaperJournal() {
        ImportMapping guess = ImportMapping.guess(List.of("Рег. №", "Дата регистрации", "Корреспондент", "Исх. №",
                "от", "Краткое содержание", "Исполнитель", "Отметка"));
        assertEquals(Map.of(ImportField.NUMBER, 0, ImportField.DATE, 1, ImportField.CORRESPONDENT, 2,
                ImportField.CORRESPONDENT_NUMBER, 3, ImportField.CORRESPONDENT_DATE, 4, ImportField.SUBJECT, 5,
                ImportField.EXECUTOR, 6), guess.columns());
    }
}

package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}

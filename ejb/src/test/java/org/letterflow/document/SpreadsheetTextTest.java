package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+3", "\t=1+1", "\r=1+1"})
    void aCellThatStartsAFormulaIsNeutralised(String hostile) {
        assertEquals("'" + hostile, SpreadsheetText.neutralised(hostile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Школа № 5", "57-0144", "не =формула", "1", " =1+1", "'уже текст"})
    void ordinaryTextIsLeftAsItIs(String text) {
        assertEquals(text, SpreadsheetText.neutralised(text));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(SpreadsheetText.neutralised(null));
        assertEquals("", SpreadsheetText.neutralised(""));
    }
}

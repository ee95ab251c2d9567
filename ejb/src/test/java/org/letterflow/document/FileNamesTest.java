package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathSeparatorsAndControlCharactersAreRemoved() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("письмо.pdf", FileNames.sanitise("C:\\Users\\clerk\\письмо.pdf"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\r\n.pdf"));
        assertEquals("htaccess", FileNames.sanitise(".htaccess"));
        assertEquals("файл", FileNames.sanitise("  /  "));
        assertEquals("файл", FileNames.sanitise(null));
    }

    @Test
    void bidirectionalAndInvisibleCharactersAreRemovedSoTheRealExtensionShows() {
        assertEquals("счётfdp.exe", FileNames.sanitise("счёт\u202Efdp.exe"));
        assertEquals("отчётfdp.html", FileNames.sanitise("отчёт\u202Bfdp\u202C.html"));
        assertEquals("a.pdf.exe", FileNames.sanitise("a\u2066.pdf\u2069.exe"));
        assertEquals("письмо.svg", FileNames.sanitise("\u200Fпись\u200Bмо\u200D.\u00ADsvg\uFEFF\u2028"));
        assertEquals("файл", FileNames.sanitise("\u202E\u202D\u2067"));
    }

    @Test
    void aLongNameKeepsItsExtension() {
        String name = FileNames.sanitise("x".repeat(500) + ".docx");
        assertEquals(FileNames.MAX, name.length());
        assertTrue(name.endsWith(".docx"));
    }

    @Test
    void rawUtf8ReadAsLatin1IsDecodedAgain() {
        String mangled = new String("письмо 57-0144.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("письмо 57-0144.pdf", FileNames.fromMultipartHeader(mangled));
        assertEquals("письмо.pdf", FileNames.fromMultipartHeader("письмо.pdf"));
        assertEquals("café.pdf", FileNames.fromMultipartHeader("café.pdf"), "real Latin-1 stays");
    }
}

package org.letterflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FileAnswerTest {

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=UTF-8", "TEXT/HTML", "image/svg+xml",
            "application/xhtml+xml", "application/xml", "text/xml", "application/javascript",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/octet-stream"})
    void anythingButAnInertTypeIsADownloadInASandboxEvenWhenAskedInline(String type) {
        FileAnswer answer = FileAnswer.of(type, "файл", true);
        assertTrue(answer.contentDisposition().startsWith("attachment;"), answer.contentDisposition());
        assertTrue(answer.contentSecurityPolicy().startsWith("sandbox;"), answer.contentSecurityPolicy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "image/jpeg", "image/gif", "image/webp"})
    void aPictureThatCannotCarryScriptIsShownInPlaceButSandboxed(String type) {
        FileAnswer answer = FileAnswer.of(type, "скан.png", true);
        assertTrue(answer.contentDisposition().startsWith("inline;"));
        assertEquals(type, answer.contentType());
        assertTrue(answer.contentSecurityPolicy().startsWith("sandbox;"));
    }

    @Test
    void plainTextIsShownAsUtf8PlainText() {
        FileAnswer answer = FileAnswer.of("text/plain; charset=windows-1251", "a.txt", true);
        assertEquals("text/plain; charset=UTF-8", answer.contentType());
        assertTrue(answer.contentDisposition().startsWith("inline;"));
    }

    @Test
    void aPdfShownInPlaceMayBeFramedOnlyByOurPagesAndLoadsNothing() {
        FileAnswer answer = FileAnswer.of("application/pdf", "письмо.pdf", true);
        assertTrue(answer.contentDisposition().startsWith("inline;"));
        assertTrue(answer.contentSecurityPolicy().contains("default-src 'none'"));
        assertTrue(answer.contentSecurityPolicy().contains("frame-ancestors 'self'"));
    }

    @Test
    void aDownloadIsSandboxedAndKeepsItsType() {
        FileAnswer pdf = FileAnswer.of("application/pdf", "письмо.pdf", false);
        assertTrue(pdf.contentDisposition().startsWith("attachment;"));
        assertTrue(pdf.contentSecurityPolicy().startsWith("sandbox;"));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("application/octet-stream", FileAnswer.of(null, "x", false).contentType());
    }

    @Test
    void theNameSurvivesCyrillicAndCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"______.pdf\"; filename*=UTF-8''%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%BE.pdf",
                FileAnswer.contentDisposition("письмо.pdf", false));
        String hostile = FileAnswer.contentDisposition("a\"; filename=x.html\r\nSet-Cookie: y", true);
        assertTrue(hostile.startsWith("inline; filename=\"a__"));
        assertTrue(!hostile.contains("\r") && !hostile.contains("\n") && !hostile.contains("\"; filename=x"));
    }
}

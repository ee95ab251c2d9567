package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartTest {

    @Test
    void markupInTheTextStaysTextAndOnlyTheMatchesAreMarked() {
        assertEquals(List.of(new TextPart("О <script>alert(1)</script> ", false), new TextPart("письмах", true),
                        new TextPart(" и ", false), new TextPart("письмо", true)),
                TextPart.between("О <script>alert(1)</script> \u0002письмах\u0003 и \u0002письмо\u0003", '\u0002', '\u0003'));
    }

    @Test
    void aStrayCloseIsDroppedAndAnUnclosedMarkRunsToTheEnd() {
        assertEquals(List.of(new TextPart("ab", false), new TextPart("cd", true)),
                TextPart.between("a\u0003b\u0002cd", '\u0002', '\u0003'));
    }

    @Test
    void aSpanMarksItsCharactersAndASpanOutsideTheTextMarksNothing() {
        assertEquals(List.of(new TextPart("до ", false), new TextPart("01.03.2026", true), new TextPart(".", false)),
                TextPart.span("до 01.03.2026.", 3, 13));
        assertEquals(List.of(new TextPart("срок", true)), TextPart.span("срок", 0, 4));
        assertEquals(TextPart.plain("срок"), TextPart.span("срок", 2, 9));
        assertEquals(TextPart.plain("срок"), TextPart.span("срок", 3, 3));
        assertEquals(List.of(), TextPart.plain(""));
    }
}

package org.letterflow.extraction.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.entity.LetterReference;

/**
 * Other letters a letter cites or answers: a number and a date that the words before them name
 * as a letter ("письмом … от 12.01.2021 № 10-1", "На № 15 от …", "исх. …"). Laws, decrees and
 * orders carry numbers and dates too, and are not letters.
 */
final class References {

    private static final String NUMBER = Names.LETTER_NUMBER;
    private static final Pattern CITED = Pattern.compile("(?iu)от\\s+(?<date>" + RussianDates.DATE + ")\\s*(?:г\\.)?\\s*(?:№|N)\\s*(?<number>"
            + NUMBER + ")|(?:№|N)\\s*(?<number2>" + NUMBER + ")\\s+от\\s+(?<date2>" + RussianDates.DATE + ")");
    private static final Pattern LETTER_WORD = Pattern.compile("(?iu)(?:письм|обращени|запрос|исх\\.|вх\\.|телеграмм|(?:^|\\n)\\s*на\\s*$|ответ на)");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s|\\n[ \\t]*\\n");
    private static final Pattern OTHER_ACT = Pattern.compile("(?iu)(?:закон|постановлени|приказ|распоряжени|указ|решени|протокол|положени|соглашени|договор|контракт|-фз)");

    private References() {
    }

    static List<LetterReference> find(String text, String ownNumber, LocalDate ownDate) {
        List<LetterReference> found = new ArrayList<>();
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            boolean dateFirst = m.group("number") != null;
            String number = (dateFirst ? m.group("number") : m.group("number2")).replace('–', '-');
            LocalDate date = RussianDates.parse(dateFirst ? m.group("date") : m.group("date2"));
            if (date == null || number.toLowerCase(Locale.ROOT).endsWith("фз")
                    || number.equals(ownNumber) && date.equals(ownDate)) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 300), m.start());
            // back to the sentence's start; a single line break is only a wrapped line
            Matcher boundary = SENTENCE_END.matcher(before);
            int sentence = 0;
            while (boundary.find()) {
                sentence = boundary.end();
            }
            String said = before.substring(sentence);
            if (isLetter(said) && found.stream().noneMatch(r -> r.number().equals(number) && r.date().equals(date))) {
                found.add(new LetterReference(number, date));
            }
        }
        return found;
    }

    /** Whether the nearest kind of document named before the number is a letter. */
    private static boolean isLetter(String before) {
        int letter = lastMatch(LETTER_WORD, before);
        int act = lastMatch(OTHER_ACT, before);
        return letter >= 0 && letter > act;
    }

    private static int lastMatch(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}

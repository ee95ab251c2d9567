package org.letterflow.extraction.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.control.LetterText.Line;
import org.letterflow.extraction.entity.Executor;
import org.letterflow.extraction.entity.Signatory;
import org.letterflow.extraction.entity.Span;

/**
 * The foot of a letter: the signatory (a position over or beside a name) and, under it, the
 * executor mark (a name and usually a phone). The first name after the body that has a position
 * over it is the signature; names in the body ("Контактное лицо: …") stand inside sentences and
 * have none.
 */
record Signature(Signatory signatory, Executor executor, int line, Span span, Span executorSpan) {

    private static final Pattern PERSON_LINE = Pattern.compile("^(?:(?<before>.*?)\\s+)?"
            + "(?<name>" + Names.PERSON + ")[,.;]?(?:\\s*,?\\s*(?:тел\\.?:?\\s*)?(?<phone>" + Names.PHONE + "))?$");
    /** A position may be set in lower case after "С уважением," ("заведующая НМО М. Н. Жукова"). */
    private static final Pattern POSITION = Pattern.compile("^" + Names.POSITION_START, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PHONE_LINE = Pattern.compile("(?iu)^(?:тел\\.?:?\\s*)?(" + Names.PHONE + ")[.;,]?$");
    private static final Pattern EXECUTOR_MARK = Pattern.compile("(?iu)^исп(?:олнитель)?\\.?:?$");
    private static final Pattern NOT_POSITION = Pattern.compile("(?iu)^(?:Приложени|С уважением|Контактное|Исп)|[.!?:]$");

    private static final Signature NONE = new Signature(null, null, -1, null, null);

    static Signature read(LetterText text, int bodyStart) {
        for (int i = bodyStart; i < text.size(); i++) {
            Line line = text.line(i);
            Matcher m = PERSON_LINE.matcher(line.text());
            if (line.blank() || line.text().length() > 160 || !m.matches()) {
                continue;
            }
            String before = m.group("before");
            int top;
            String position;
            if (before != null && POSITION.matcher(before).find()) {
                // "Начальник Департамента            И.Б.Грабцевич": position and name on one line
                top = positionTop(text, i - 1, i);
                position = LetterText.spaced(text.joined(top, i) + " " + before);
            } else if (before == null) {
                int above = previousFilled(text, i - 1, 8);
                if (above < 0) {
                    continue;
                }
                top = positionTop(text, above, above + 1);
                if (top > above) {
                    continue;
                }
                position = text.joined(top, above + 1);
            } else {
                continue;
            }
            if (!POSITION.matcher(position).find()) {
                continue;
            }
            Signatory signatory = new Signatory(position.replaceAll("[,;]$", ""), Names.tidy(m.group("name")));
            Span span = new Span(text.line(top).start(), line.end());
            return withExecutor(text, signatory, i, span);
        }
        return NONE;
    }

    /** Walks up from {@code from} over a position printed on several lines; the top line starts it. */
    private static int positionTop(LetterText text, int from, int limit) {
        int top = limit;
        int below = limit;
        for (int j = from; j >= 0 && limit - j <= 8; j--) {
            String above = text.line(j).text();
            if (above.isEmpty()) {
                // OCR may part a position's lines with blank ones; a line going on in lower case continues it
                boolean continued = below < text.size() && below <= from && !text.line(below).blank()
                        && Character.isLowerCase(text.line(below).text().charAt(0));
                if (continued) {
                    continue;
                }
                break;
            }
            if (NOT_POSITION.matcher(above).find() || above.length() > 90) {
                break;
            }
            if (POSITION.matcher(above).find()) {
                top = j;
            }
            below = j;
        }
        return top;
    }

    private static int previousFilled(LetterText text, int from, int within) {
        for (int j = from; j >= 0 && from - j < within; j--) {
            if (!text.line(j).blank()) {
                return j;
            }
        }
        return -1;
    }

    private static Signature withExecutor(LetterText text, Signatory signatory, int signed, Span span) {
        for (int i = signed + 1; i < text.size() && i <= signed + 12; i++) {
            Line line = text.line(i);
            if (line.blank()) {
                continue;
            }
            Matcher m = PERSON_LINE.matcher(line.text());
            if (!m.matches() || m.group("before") != null && !EXECUTOR_MARK.matcher(m.group("before")).matches()) {
                continue;
            }
            String phone = m.group("phone");
            int end = line.end();
            if (phone == null) {
                int next = text.nextFilled(i + 1);
                Matcher p = next < 0 || next > i + 2 ? null : PHONE_LINE.matcher(text.line(next).text());
                if (p != null && p.matches()) {
                    phone = p.group(1);
                    end = text.line(next).end();
                }
            }
            Executor executor = new Executor(Names.tidy(m.group("name")), phone == null ? null : LetterText.spaced(phone));
            return new Signature(signatory, executor, signed, span, new Span(line.start(), end));
        }
        return new Signature(signatory, null, signed, span, null);
    }
}

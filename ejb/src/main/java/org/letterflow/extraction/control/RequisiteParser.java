package org.letterflow.extraction.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterflow.extraction.control.LetterText.Line;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.Extraction;
import org.letterflow.extraction.entity.Span;

/**
 * Reads a letter's requisites out of its text, the way a clerk reads a letter: the letterhead
 * and the number line at the top, the title ("О …") and the addressee blocks beside it, the body
 * from the salutation on, the signature and the executor mark at the foot. Works on lines, not on
 * fixed positions, so a text layer, a DOCX and an OCR'd scan of the same letter read the same.
 * A pure function of the text: no I/O, no state.
 */
public final class RequisiteParser {

    /** "№" and what OCR makes of it: "N", "No", "Ns", and "М" before a number. */
    private static final String NUMBER_SIGN = "(?:№|N[°ºo]?|Ns|Nє|М(?=\\s*\\d))";
    private static final String NUMBER = Names.OWN_NUMBER;
    /** "Исх." before a registration line says what it is; it is not part of the number. */
    private static final String OUTGOING = "(?:исх\\.?\\s*)?";
    private static final Pattern REGISTRATION = Pattern.compile("(?iu)^" + OUTGOING + "(?:от\\s*)?(?<date>" + RussianDates.DATE + ")"
            + "\\s*(?:г\\.?)?\\s*" + NUMBER_SIGN + "\\s*(?<number>" + NUMBER + ")$"
            + "|^" + OUTGOING + NUMBER_SIGN + "\\s*(?<number2>" + NUMBER + ")\\s+от\\s+(?<date2>" + RussianDates.DATE + ")$");
    /**
     * The number and date inside a line, as catalogues and web pages print a letter's heading:
     * "Письмо Минобрнауки РТ от 04.02.2014 N 1522/14 …", "Письмо № 06-5601/09-18/22 от 27 апреля 2022г.",
     * "Комитет по образованию №01-16-1014/13-0-0 от 04.04.2013 г. Уважаемые …".
     */
    private static final Pattern HEADING = Pattern.compile("(?iu)(?:от\\s*)?(?<date>" + RussianDates.DATE + ")\\s*(?:г\\.?)?\\s*"
            + NUMBER_SIGN + "\\s*(?<number>" + NUMBER + ")|" + NUMBER_SIGN + "\\s*(?<number2>" + NUMBER + ")\\s+от\\s+(?<date2>"
            + RussianDates.DATE + ")");
    /** Words before a number and date that make them another document's: "к письму", "во исполнение", "приказом". */
    private static final Pattern CITING = Pattern.compile("(?iu)(?<![\\p{L}])(?:на|к|в|во|с|письм(?:а|у|ом|ами|ах)|исполнени\\S*"
            + "|ответ\\S*|соответстви\\S*|согласно|приказ\\S*|постановлени\\S*|закон\\S*|распоряжени\\S*|поручени\\S*)(?![\\p{L}])");
    /** How many of the first filled lines may hold such a heading: further down it is a cited act's number. */
    private static final int HEADING_LINES = 3;
    /** How far into the text a heading may stand. */
    private static final int HEADING_REACH = 600;
    /** The kind of document on a line of its own ("ПИСЬМО"): the letterhead ends above it. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(?iu)^<?(?:информационное\\s+|правительственная\\s+)?(?:письмо"
            + "|телеграмма)>?$");
    private static final Pattern DATE_ALONE = Pattern.compile("(?iu)^(?:от\\s*)?(" + RussianDates.DATE + ")$");
    private static final Pattern NUMBER_ALONE = Pattern.compile("(?iu)^" + NUMBER_SIGN + "\\s*(" + NUMBER + ")$");
    /** "Об …", "О …"; OCR reads "Об" as "0б" or "06". */
    private static final Pattern SUBJECT = Pattern.compile("^(?:Обо|Об|О|0б|06|0)\\s+\\p{Ll}|^(?:О|Об|ОБ|Обо|ОБО)\\s+\\p{Lu}[\\p{L}-]*\\s+\\p{L}");
    private static final Pattern SALUTATION = Pattern.compile("(?iu)^(?:глубоко)?(?:уважаем|дорог)\\S*\\s.{0,100}$");
    private static final Pattern REPLY_LINE = Pattern.compile("(?iu)^на\\s*" + NUMBER_SIGN);
    private static final Pattern ADDRESSEE = Pattern.compile("^" + Names.ADDRESSEE_START + "(?![\\p{L}])");
    private static final Pattern ATTACHMENT = Pattern.compile("(?iu)^Приложени[ея](?![\\p{L}])");
    /** "на 13 л."; OCR reads a 3 as "З", a 0 as "О" and a 6 as "б" here, so those count as digits too. */
    private static final Pattern SHEETS = Pattern.compile("(?iu)на\\s*([\\dЗОб]{1,4})\\s*(?:л\\.|л(?![\\p{L}])|лист)");

    /** A title runs over at most this many lines; one cut there may have lost its end. */
    private static final int SUBJECT_LINES = 6;

    private final LetterText text;
    private final Map<String, Double> confidence = new LinkedHashMap<>();
    private final Map<String, Span> spans = new LinkedHashMap<>();

    private RequisiteParser(String extracted) {
        this.text = new LetterText(extracted);
    }

    /**
     * The requisites of a letter's text. {@code receivedOn} is the day the letter came in (for
     * "в течение 5 рабочих дней со дня получения"); null when not known, then the letter's date.
     */
    public static Extraction parse(String extracted, LocalDate receivedOn, WorkingCalendar calendar) {
        return new RequisiteParser(extracted == null ? "" : extracted).read(receivedOn, calendar);
    }

    private Extraction read(LocalDate receivedOn, WorkingCalendar calendar) {
        int salutation = find(SALUTATION, 0, Math.min(text.size(), 120));
        int headerLimit = salutation >= 0 ? salutation : Math.min(text.size(), 80);

        int registration = -1;
        String number = null;
        LocalDate date = null;
        for (int i = 0; i < headerLimit && number == null; i++) {
            Line line = text.line(i);
            if (REPLY_LINE.matcher(line.text()).find()) {
                continue;
            }
            Matcher m = REGISTRATION.matcher(line.text());
            if (m.matches()) {
                boolean dateFirst = m.group("number") != null;
                date = RussianDates.parse(dateFirst ? m.group("date") : m.group("date2"));
                number = dateFirst ? m.group("number") : m.group("number2");
                registration = i;
                double sure = Confidence.registration(Confidence.Registration.LINE, conflicting(i, number, headerLimit));
                note("number", sure, line.start() + m.start(dateFirst ? "number" : "number2"),
                        line.start() + m.end(dateFirst ? "number" : "number2"));
                note("date", date == null ? 0.3 : sure, line.start() + m.start(dateFirst ? "date" : "date2"),
                        line.start() + m.end(dateFirst ? "date" : "date2"));
            } else {
                // the date and the number on lines of their own: "от 15.01.2021" / "№ 57-0144"
                Matcher alone = DATE_ALONE.matcher(line.text());
                int next = text.nextFilled(i + 1);
                Matcher numbered = next < 0 ? null : NUMBER_ALONE.matcher(text.line(next).text());
                if (alone.matches() && numbered != null && numbered.matches()) {
                    date = RussianDates.parse(alone.group(1));
                    number = numbered.group(1);
                    registration = i;
                    double sure = Confidence.registration(Confidence.Registration.TWO_LINES, conflicting(i, number, headerLimit));
                    note("date", sure, line.start(), line.end());
                    note("number", sure, text.line(next).start() + numbered.start(1), text.line(next).start() + numbered.end(1));
                }
                // or the number first: "№ 57-0144" / "от 15.01.2021"
                Matcher numberFirst = NUMBER_ALONE.matcher(line.text());
                Matcher dated = next < 0 ? null : DATE_ALONE.matcher(text.line(next).text());
                if (number == null && numberFirst.matches() && dated != null && dated.matches()) {
                    date = RussianDates.parse(dated.group(1));
                    number = numberFirst.group(1);
                    registration = next;
                    double sure = Confidence.registration(Confidence.Registration.TWO_LINES, conflicting(i, number, headerLimit));
                    note("number", sure, line.start() + numberFirst.start(1), line.start() + numberFirst.end(1));
                    note("date", sure, text.line(next).start(), text.line(next).end());
                }
            }
        }

        int headingLine = -1;
        String headingSender = null;
        if (number == null) {
            // no line of its own: the heading as catalogues and web pages print it, inside a line near the top
            int filled = 0;
            for (int i = 0; i < headerLimit && number == null && text.line(i).start() < HEADING_REACH && filled < HEADING_LINES; i++) {
                Line line = text.line(i);
                if (line.blank()) {
                    continue;
                }
                filled++;
                Matcher m = HEADING.matcher(line.text());
                while (m.find() && line.start() + m.start() < HEADING_REACH) {
                    String before = line.text().substring(0, m.start());
                    if (before.length() > 120 || before.matches(".*\\d.*") || CITING.matcher(before).find()) {
                        break; // the first number and date of the line are another document's: so are the rest
                    }
                    boolean dateFirst = m.group("number") != null;
                    LocalDate on = RussianDates.parse(dateFirst ? m.group("date") : m.group("date2"));
                    if (on == null) {
                        continue;
                    }
                    date = on;
                    number = dateFirst ? m.group("number") : m.group("number2");
                    registration = i;
                    headingLine = i;
                    headingSender = Letterhead.organisation(before);
                    double sure = Confidence.registration(Confidence.Registration.HEADING, false);
                    note("number", sure, line.start() + m.start(dateFirst ? "number" : "number2"),
                            line.start() + m.end(dateFirst ? "number" : "number2"));
                    note("date", sure, line.start() + m.start(dateFirst ? "date" : "date2"),
                            line.start() + m.end(dateFirst ? "date" : "date2"));
                    break;
                }
            }
        }

        int subjectStart = find(SUBJECT, 0, headerLimit, 200);
        int subjectEnd = subjectStart < 0 ? -1 : subjectEnd(subjectStart);
        String subject = null;
        if (subjectStart >= 0) {
            subject = text.joined(subjectStart, subjectEnd).replaceFirst("^(?:0б|06)\\s", "Об ").replaceFirst("^0\\s", "О ");
            note("subject", Confidence.subject(false, subjectEnd - subjectStart < SUBJECT_LINES), text.line(subjectStart).start(),
                    text.line(subjectEnd - 1).end());
        }

        int first = text.nextFilled(0);
        int title = -1;
        if (subjectStart < 0 && salutation > 0 && first >= 0 && first < salutation && text.nextFilled(first + 1) == salutation
                && text.line(first).text().length() <= 150 && !isOtherPart(text.line(first).text())) {
            // a web page's title right over the salutation ("Выход на лёд" / "Уважаемые руководители!") is the subject
            title = first;
            subject = text.line(first).text();
            note("subject", Confidence.subject(true, true), text.line(first).start(), text.line(first).end());
        }

        int bodyStart = bodyStart(salutation, subjectStart, subjectEnd, registration);
        // a salutation or a title bounds the header and starts the body; without them the parts are guessed
        boolean structured = salutation >= 0 || subjectStart >= 0;
        int headerEnd = salutation >= 0 ? salutation : bodyStart;
        List<String> addressees = addressees(headerEnd, structured);
        // a catalogue's heading line over the letterhead ("Письмо … от … N …") is not part of it
        int letterheadStart = first >= 0 && (headingLine == first || isCatalogueHeading(text.line(first).text())) ? first + 1 : 0;
        int letterheadEnd = title >= 0 ? title : letterheadEnd(letterheadStart, headerEnd);
        String sender = letterheadEnd > letterheadStart ? Letterhead.sender(text, letterheadStart, letterheadEnd) : null;
        if (sender != null) {
            Confidence.Sender how = Letterhead.namesBody(sender) ? Confidence.Sender.LETTERHEAD_BODY : Confidence.Sender.LETTERHEAD;
            note("sender", Confidence.sender(how, structured || registration >= 0), text.line(letterheadStart).start(),
                    text.line(letterheadEnd - 1).end());
        } else if (headingSender != null) {
            sender = headingSender;
            note("sender", Confidence.sender(Confidence.Sender.HEADING, true), text.line(headingLine).start(),
                    text.line(headingLine).end());
        }

        Signature signature = Signature.read(text, bodyStart);
        if (sender == null) {
            // from under the title or the heading: an addressee block may run on into the first sentence
            int mentionFrom = subjectStart >= 0 ? Math.min(bodyStart, subjectEnd) : Math.min(bodyStart, registration + 1);
            Letterhead.Mention mention = Letterhead.fromBody(text, mentionFrom, signature);
            if (mention != null) {
                sender = mention.name();
                note("sender", Confidence.sender(mention.fromSignatory() ? Confidence.Sender.SIGNATORY_POSITION
                        : Confidence.Sender.BODY_MENTION, structured), mention.start(), mention.end());
            }
        }
        if (signature.signatory() != null) {
            note("signatory", Confidence.signatory(structured), signature.span().start(), signature.span().end());
        }
        if (signature.executor() != null) {
            note("executor", Confidence.executor(signature.executor().phone() != null), signature.executorSpan().start(), signature.executorSpan().end());
        }

        int bodyEnd = signature.line() >= 0 ? signature.line() : text.size();
        Integer sheets = attachmentSheets(bodyStart, bodyEnd);

        var approvalSheet = ApprovalSheetReader.read(text);
        if (approvalSheet != null) {
            confidence.put("approval_sheet", Confidence.approvalSheet());
        }
        if (number == null && approvalSheet != null && approvalSheet.documentNumber() != null) {
            number = approvalSheet.documentNumber();
            date = approvalSheet.documentDate();
            confidence.put("number", Confidence.registration(Confidence.Registration.APPROVAL_SHEET, false));
            confidence.put("date", Confidence.registration(Confidence.Registration.APPROVAL_SHEET, false));
        }

        // no body found (no salutation, title or long line): the whole text is the body; structure helps, it is not required
        int bodyFrom = bodyStart < text.size() ? text.line(bodyStart).start() : 0;
        int bodyTo = bodyEnd < text.size() ? text.line(bodyEnd).start() : text.text.length();
        var references = References.find(text.text, number, date);
        if (!references.isEmpty()) {
            confidence.put("references", Confidence.references());
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (Deadline d : DeadlineFinder.find(text.text, date, receivedOn)) {
            // the letter's text only: not the attachments after the signature
            if (d.start() < bodyTo && d.end() > bodyFrom) {
                deadlines.add(d);
            }
        }
        LocalDate received = receivedOn != null ? receivedOn : date;
        if (received != null) {
            deadlines.addAll(RelativeDeadlines.find(text.text.substring(bodyFrom, bodyTo), bodyFrom, received, receivedOn != null,
                    calendar));
        }
        if (!deadlines.isEmpty()) {
            // each deadline is weighed on its own; the field as a whole is as sure as the least sure of them
            confidence.put("deadlines", Confidence.leastOf(deadlines));
        }
        var recurring = RecurringDeadlines.find(text.text.substring(bodyFrom, bodyTo), bodyFrom);

        return new Extraction(number == null ? null : number.replace('–', '-'), date, sender, subject, addressees,
                signature.signatory(), signature.executor(), references, deadlines, recurring, sheets, approvalSheet,
                Map.copyOf(confidence), Map.copyOf(spans));
    }

    /**
     * Whether another line of the header reads as a registration line of another number: two
     * candidates for the letter's own number, so the one taken first may be the wrong one.
     */
    private boolean conflicting(int taken, String number, int headerLimit) {
        for (int i = 0; i < headerLimit; i++) {
            String line = text.line(i).text();
            if (i == taken || REPLY_LINE.matcher(line).find()) {
                continue;
            }
            Matcher m = REGISTRATION.matcher(line);
            if (m.matches()) {
                String other = m.group("number") != null ? m.group("number") : m.group("number2");
                if (!other.equals(number)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void note(String field, double sure, int start, int end) {
        confidence.put(field, sure);
        spans.put(field, new Span(start, end));
    }

    private int find(Pattern pattern, int from, int to) {
        return find(pattern, from, to, Integer.MAX_VALUE);
    }

    private int find(Pattern pattern, int from, int to, int maxLength) {
        for (int i = from; i < to; i++) {
            String line = text.line(i).text();
            if (line.length() <= maxLength && pattern.matcher(line).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The title goes on over the next lines until a blank line or what is clearly something else. */
    private int subjectEnd(int start) {
        int end = start + 1;
        while (end < text.size() && end - start < SUBJECT_LINES) {
            String line = text.line(end).text();
            if (line.isEmpty() || line.length() > 120 || ADDRESSEE.matcher(line).find()
                    || SALUTATION.matcher(line).find() || REGISTRATION.matcher(line).matches()
                    || text.line(end - 1).text().endsWith(".")) {
                break;
            }
            end++;
        }
        return end;
    }

    private int bodyStart(int salutation, int subjectStart, int subjectEnd, int registration) {
        if (salutation >= 0) {
            return salutation + 1;
        }
        if (subjectStart >= 0) {
            int i = text.nextFilled(subjectEnd);
            // an addressee block may stand under the title
            while (i >= 0 && ADDRESSEE.matcher(text.line(i).text()).find()) {
                i = text.nextFilled(blockEnd(i));
            }
            return i < 0 ? text.size() : i;
        }
        for (int i = Math.max(0, registration + 1); i < text.size(); i++) {
            String line = text.line(i).text();
            if (line.length() >= 100 && !ADDRESSEE.matcher(line).find()) {
                return i;
            }
        }
        return text.size();
    }

    private int blockEnd(int start) {
        int i = start;
        while (i < text.size() && !text.line(i).blank()) {
            i++;
        }
        return i;
    }

    /** Each block begins with a dative ("Руководителям …") and runs on to the next one or to another part. */
    private List<String> addressees(int headerEnd, boolean structured) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < headerEnd) {
            if (!ADDRESSEE.matcher(text.line(i).text()).find()) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            for (int j = i + 1; j < headerEnd; j++) {
                String line = text.line(j).text();
                if (line.isEmpty()) {
                    continue;
                }
                if (isOtherPart(line)) {
                    break;
                }
                end = j + 1;
            }
            found.add(text.joined(start, end).replaceAll("[,;]$", ""));
            if (!spans.containsKey("addressees")) {
                note("addressees", Confidence.addressees(structured), text.line(start).start(), text.line(end - 1).end());
            }
            i = end;
        }
        return found;
    }

    private boolean isOtherPart(String line) {
        return ADDRESSEE.matcher(line).find() || SUBJECT.matcher(line).find() || REPLY_LINE.matcher(line).find()
                || REGISTRATION.matcher(line).matches() || DATE_ALONE.matcher(line).matches()
                || SALUTATION.matcher(line).find() || Letterhead.CONTACT.matcher(line).find() || Letterhead.isUpperCase(line)
                || line.length() > 120;
    }

    /** "Письмо Минобрнауки РТ от 04.02.2014 N 1522/14 …": a catalogue's line over the letter, not its letterhead. */
    private static boolean isCatalogueHeading(String line) {
        Matcher m = HEADING.matcher(line);
        return m.find() && !CITING.matcher(line.substring(0, m.start())).find() && !Letterhead.isUpperCase(line);
    }

    /** The letterhead ends where the first other part of the header begins. */
    private int letterheadEnd(int from, int headerEnd) {
        for (int i = from; i < headerEnd; i++) {
            String line = text.line(i).text();
            if (!line.isEmpty() && (isOtherPart(line) && !Letterhead.isUpperCase(line) || NUMBER_ALONE.matcher(line).matches()
                    || DOCUMENT_KIND.matcher(line).matches() || HEADING.matcher(line).find())) {
                return i;
            }
        }
        return headerEnd;
    }

    /** "Приложение: на 13 л. в 1 экз."; several attachments listed under it add up. */
    private Integer attachmentSheets(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ATTACHMENT.matcher(text.line(i).text()).find()) {
                continue;
            }
            int end = Math.min(to, blockEnd(i));
            int total = 0;
            boolean any = false;
            for (int j = i; j < end; j++) {
                Matcher m = SHEETS.matcher(text.line(j).text());
                while (m.find()) {
                    total += Integer.parseInt(m.group(1).replace('З', '3').replace('з', '3').replace('О', '0').replace('о', '0').replace('б', '6'));
                    any = true;
                }
            }
            if (any) {
                note("attachments_sheets", Confidence.attachmentSheets(), text.line(i).start(), text.line(end - 1).end());
                return total;
            }
        }
        return null;
    }
}

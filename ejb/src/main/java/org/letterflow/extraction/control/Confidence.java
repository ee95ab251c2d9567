package org.letterflow.extraction.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.Extraction;

/**
 * How sure extraction is of each field, from the kind of evidence that gave it — a registration
 * line or a guess from the body, a letter with its salutation and title or a bare text, a year
 * printed or inferred, a text layer or OCR, one candidate or two that disagree — never from the
 * words of a particular letter. {@link #SURE} is the line the registration form draws: a field
 * below it is marked for the clerk to check. The values are calibrated on the real letters and the
 * synthetic corpus: {@code EvaluateCommand} prints, per field, how often answers at or above
 * {@link #SURE} and below it are right, and the aim is that the sure ones are right at least
 * 95 % of the time.
 */
public final class Confidence {

    /** From here a field counts as sure; the form highlights the fields below it. */
    public static final double SURE = 0.9;

    /** What is lost when two candidates for the letter's own number and date disagree. */
    static final double CONFLICT = 0.15;
    /** What a field copied character by character loses when its text was recognised from an image. */
    static final double OCR_COPIED = 0.1;
    /** What a date loses when recognised from an image: it is checked as a date, so it loses less. */
    static final double OCR_DATE = 0.05;
    /** What a field read from the letter's parts loses when the letter has neither salutation nor title. */
    static final double NO_STRUCTURE = 0.1;

    /** Fields that are dates: recognised text may still have mistaken a digit, but a date that parses is checked. */
    private static final Set<String> DATES = Set.of("date", "deadlines", "attachments_sheets");

    /** Where the letter's own number and date were read. */
    public enum Registration {
        /** "от 12.03.2019 № 1234/05" (or the number first) on a line of its own: the registration stamp. */
        LINE(0.95),
        /** The date and the number on two lines of their own, one under the other. */
        TWO_LINES(0.9),
        /** Inside a heading line near the top, as catalogues and web pages print it ("Письмо … от … N …"). */
        HEADING(0.9),
        /** Only from a printed approval sheet's document line. */
        APPROVAL_SHEET(0.8);

        final double base;

        Registration(double base) {
            this.base = base;
        }
    }

    /** Where the sender was read. */
    public enum Sender {
        /** A letterhead whose block names a body ("Министерство …", "Комитет …"). */
        LETTERHEAD_BODY(0.95),
        /**
         * A letterhead over the number, title or salutation that does not start with a body's name
         * ("Федеральная служба …", a school's): the place says it is the sender, the words do not.
         */
        LETTERHEAD(0.9),
        /** The name before the number in a heading ("Комитет по образованию №…"). */
        HEADING(0.8),
        /** The first body the letter's text names: a guess from the body. */
        BODY_MENTION(0.6),
        /** Derived from the signatory's position ("Заместитель министра … Республики Татарстан"). */
        SIGNATORY_POSITION(0.5);

        final double base;

        Sender(double base) {
            this.base = base;
        }
    }

    /** Which words before a date made it a deadline. */
    public enum Trigger {
        /** "до", "в срок до", "не позднее". */
        BY,
        /** An obligation right before the date: "необходимо 02.12.2019", "просим 5 марта". */
        DUTY,
        /** "к" before a date in words. */
        TOWARDS,
        /** "по состоянию на" in a sentence that asks for something. */
        AS_OF
    }

    private Confidence() {
    }

    /** The letter's own number and date; {@code conflicting} when another candidate in the header disagrees. */
    public static double registration(Registration how, boolean conflicting) {
        return round(how.base - (conflicting ? CONFLICT : 0));
    }

    /** The sender; {@code structured} when the letter has a salutation or a title to bound its header. */
    public static double sender(Sender how, boolean structured) {
        return round(how.base - (structured || how != Sender.LETTERHEAD_BODY && how != Sender.LETTERHEAD ? 0 : NO_STRUCTURE));
    }

    /**
     * The subject: a title "О …" in the header, {@code closed} when a blank line or another part ends it
     * (not the line limit); or, when {@code titleOverSalutation}, a web page's title over the salutation.
     */
    public static double subject(boolean titleOverSalutation, boolean closed) {
        if (titleOverSalutation) {
            return 0.7;
        }
        return closed ? 0.9 : 0.75;
    }

    /** The signatory at the foot: a position over or beside a name; surer when the body's start was found by structure. */
    public static double signatory(boolean structured) {
        return structured ? 0.9 : 0.8;
    }

    /** The executor: surer when marked ("Исп.") or with a phone, as an executor's line is. */
    public static double executor(boolean markedOrPhone) {
        return markedOrPhone ? 0.9 : 0.75;
    }

    /** Addressee blocks beginning with a dative ("Руководителям …") in a header bounded by a title or salutation. */
    public static double addressees(boolean structured) {
        return structured ? 0.9 : 0.75;
    }

    /** "Приложение: на 13 л." under the body. */
    public static double attachmentSheets() {
        return 0.9;
    }

    /** A "Лист согласования" printed in the document, read as a table of its own. */
    public static double approvalSheet() {
        return 0.9;
    }

    /** Letters the text cites with a word that names them a letter ("письмом … от … №"). */
    public static double references() {
        return 0.9;
    }

    /**
     * One deadline. {@code obliges}: the sentence asks the recipients to do something; {@code yearFrom}
     * as {@link Deadline#yearFrom()} (null when printed); {@code beforeLetter}: the date falls before the
     * letter's own date and was kept only because the sentence obliges (a typo in the year, or a past event).
     */
    public static double deadline(Trigger trigger, boolean obliges, String yearFrom, boolean beforeLetter) {
        double sure = switch (trigger) {
            case BY -> obliges ? 0.95 : 0.8;
            case DUTY -> 0.9;
            case TOWARDS -> obliges ? 0.9 : 0.75;
            case AS_OF -> 0.8;
        };
        if (Deadline.YEAR_FROM_LETTER.equals(yearFrom)) {
            sure -= 0.05; // right but for a letter written at the turn of a year
        } else if (Deadline.YEAR_FROM_RECEIVED.equals(yearFrom)) {
            sure = Math.min(sure, 0.6);
        } else if (Deadline.YEAR_FROM_NEAREST.equals(yearFrom)) {
            sure = Math.min(sure, 0.5);
        }
        if (beforeLetter) {
            sure = Math.min(sure, 0.6);
        }
        return round(sure);
    }

    /**
     * A relative deadline ("в течение 5 рабочих дней со дня получения"): counted on the working-days
     * calendar from the day received, or, when that is not known, from the letter's own date (a guess).
     */
    public static double relative(boolean fromReceived) {
        return fromReceived ? 0.9 : 0.7;
    }

    /** The field "deadlines" as a whole: as sure as its least sure deadline. */
    public static Double leastOf(List<Deadline> deadlines) {
        return deadlines.stream().mapToDouble(Deadline::confidence).min().stream().boxed().findFirst().orElse(null);
    }

    /**
     * The same extraction read from recognised text (OCR of a scan): every field copied character by
     * character loses {@link #OCR_COPIED}, every date {@link #OCR_DATE}.
     */
    public static Extraction recognised(Extraction e) {
        Map<String, Double> lowered = new LinkedHashMap<>();
        e.confidence().forEach((field, sure) -> lowered.put(field, round(sure - (DATES.contains(field) ? OCR_DATE : OCR_COPIED))));
        List<Deadline> deadlines = e.deadlines().stream().map(d -> d.weighed(round(d.confidence() - OCR_DATE))).toList();
        if (!deadlines.isEmpty()) {
            lowered.put("deadlines", leastOf(deadlines));
        }
        return new Extraction(e.number(), e.date(), e.sender(), e.subject(), e.addressees(), e.signatory(), e.executor(),
                e.references(), deadlines, e.recurringDeadlines(), e.attachmentsSheets(), e.approvalSheet(), Map.copyOf(lowered),
                e.spans());
    }

    /** Two decimals: 0.95 − 0.05 is 0.9, not 0.8999999999999999 (which would fall under {@link #SURE}). */
    private static double round(double sure) {
        return Math.max(0, Math.round(sure * 100) / 100.0);
    }
}

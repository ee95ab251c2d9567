package org.letterflow.registration.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * «Журнал регистрации входящих (исходящих) документов» for a period, as records management prints
 * it: the letters entered in one journal on the days of the period, in the journal's own order
 * (year, then number in the year's sequence), one line each with the columns a paper journal has.
 * What the data model does not hold (the file index, the receiver's signature) is not invented.
 * Which letters the reader may see is decided before: a restricted letter reaches here only for
 * those the list of letters shows it to.
 */
public record PrintedJournal(String title, String organisation, String journal, String period, List<Column> columns,
                             List<List<String>> rows) {

    /** A column: its heading and its share of the page's width. */
    public record Column(String heading, float share) {
    }

    /**
     * What became of an incoming letter's resolutions: their texts with the assignees, the due
     * dates of their tasks, how many due dates there are and how many are done, and when the last
     * was accepted. {@link #NONE} for a letter nobody resolved on.
     */
    public record Execution(List<String> resolutions, List<LocalDate> dueDates, int checkpoints, int done,
                            LocalDate lastDone, List<LocalDate> letterDeadlines) {

        public static final Execution NONE = new Execution(List.of(), List.of(), 0, 0, null, List.of());

        /** The same execution with the dates the letter itself demands. */
        public Execution withLetterDeadlines(List<LocalDate> deadlines) {
            return new Execution(resolutions, dueDates, checkpoints, done, lastDone, deadlines);
        }
    }

    // shares chosen so that no heading word is cut at 10 pt on landscape A4 («корреспондента», «исполнения»);
    // the headings are said when a journal is printed, so a print could be in the reader's language
    private static List<Column> incomingColumns() {
        return List.of(column(Text.JOURNAL_POSITION, 0.04f), column(Text.CARD_NUMBER, 0.08f),
                column(Text.CARD_DATE, 0.09f), column(Text.CARD_CORRESPONDENT, 0.14f),
                column(Text.CARD_CORRESPONDENT_NUMBER, 0.12f), column(Text.CARD_SUMMARY, 0.2f),
                column(Text.JOURNAL_RESOLUTION, 0.15f), column(Text.JOURNAL_DUE_DATE, 0.09f),
                column(Text.JOURNAL_EXECUTION_MARK, 0.09f));
    }

    private static List<Column> outgoingColumns() {
        return List.of(column(Text.JOURNAL_POSITION, 0.04f), column(Text.CARD_NUMBER, 0.08f),
                column(Text.CARD_DATE, 0.09f), column(Text.CARD_ADDRESSEES, 0.2f), column(Text.CARD_SUMMARY, 0.26f),
                column(Text.IMPORT_FIELD_SIGNATORY, 0.12f), column(Text.CARD_EXECUTOR, 0.12f),
                column(Text.JOURNAL_SENDING_MARK, 0.09f));
    }

    private static Column column(Text heading, float share) {
        return new Column(heading.format(), share);
    }

    /** The journal's order: the year, the number in the year, then the day and the card for ties. */
    static final Comparator<Letter> JOURNAL_ORDER = Comparator
            .comparing(Letter::getRegistrationYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Letter::getRegistrationSequence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Letter::getRegistrationDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Letter::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The print of {@code journal} over {@code period} from the letters the reader may see;
     * letters of other journals, drafts and those registered outside the period are left out.
     */
    public static PrintedJournal of(RegistrationJournal journal, JournalPeriod period, List<Letter> readable,
                                    Function<Letter, Execution> executions) {
        boolean incoming = journal.getDirection() == Direction.INCOMING;
        List<Letter> entered = readable.stream()
                .filter(l -> l.isRegistered() && inJournal(l, journal) && period.contains(l.getRegistrationDate()))
                .sorted(JOURNAL_ORDER).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Letter letter : entered) {
            String position = String.valueOf(rows.size() + 1);
            rows.add(incoming ? incoming(position, letter, executions.apply(letter)) : outgoing(position, letter));
        }
        return new PrintedJournal((incoming ? Text.JOURNAL_TITLE_INCOMING : Text.JOURNAL_TITLE_OUTGOING).format(),
                journal.getOrganisation().getFullName(), journal.getName(), period.printed(),
                incoming ? incomingColumns() : outgoingColumns(), List.copyOf(rows));
    }

    private static boolean inJournal(Letter letter, RegistrationJournal journal) {
        RegistrationJournal own = letter.getJournal();
        return own == journal || own != null && own.getId() != null && own.getId().equals(journal.getId());
    }

    private static List<String> incoming(String position, Letter l, Execution execution) {
        List<LocalDate> due = execution.dueDates().isEmpty() ? execution.letterDeadlines() : execution.dueDates();
        return List.of(position, l.getRegistrationNumber(), Filing.DATE.format(l.getRegistrationDate()),
                text(l.getCorrespondentName()), theirNumber(l), subject(l), String.join("; ", execution.resolutions()),
                dates(due), executionMark(execution));
    }

    private static List<String> outgoing(String position, Letter l) {
        return List.of(position, l.getRegistrationNumber(), Filing.DATE.format(l.getRegistrationDate()),
                joined("; ", l.getAddressees(), sameAs(l.getCorrespondentName(), l.getAddressees()) ? null
                        : l.getCorrespondentName()),
                subject(l), joined(" ", l.getSignatoryPosition(), l.getSignatoryName()),
                joined(", ", l.getExecutorName(), l.getExecutorPhone()),
                (l.getState() == LetterState.SENT ? Text.JOURNAL_SENT : Text.JOURNAL_NOT_SENT).format());
    }

    /** «Исполнено 12.03.2025» once every due date of the resolutions is accepted; «На исполнении» before. */
    static String executionMark(Execution execution) {
        if (execution.checkpoints() == 0) {
            return "";
        }
        if (execution.done() < execution.checkpoints()) {
            return Text.JOURNAL_IN_EXECUTION.format();
        }
        return execution.lastDone() == null ? Text.JOURNAL_EXECUTED.format()
                : Text.JOURNAL_EXECUTED_ON.format(Filing.DATE.format(execution.lastDone()));
    }

    private static String theirNumber(Letter l) {
        if (l.getCorrespondentNumber() == null || l.getCorrespondentNumber().isBlank()) {
            return l.getCorrespondentDate() == null ? ""
                    : Text.JOURNAL_THEIR_DATE.format(Filing.DATE.format(l.getCorrespondentDate()));
        }
        return Filing.numberAndDate(l.getCorrespondentNumber().strip(), l.getCorrespondentDate());
    }

    private static String subject(Letter l) {
        return l.isRestricted() ? Text.JOURNAL_SUBJECT_RESTRICTED.format(text(l.getSubject())) : text(l.getSubject());
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().filter(Objects::nonNull).distinct().sorted().map(Filing.DATE::format)
                .collect(Collectors.joining(", "));
    }

    private static boolean sameAs(String one, String other) {
        return one != null && other != null && one.strip().equalsIgnoreCase(other.strip());
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}

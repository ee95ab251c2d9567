package org.letterflow.registration.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.ImportField;
import org.letterflow.registration.entity.ImportMapping;
import org.letterflow.registration.entity.ImportedRow;
import org.letterflow.registration.entity.JournalImport;
import org.letterflow.registration.entity.NumberPattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes an old journal's rows as letters in one transaction of the caller's connection: the file
 * is streamed through the row rules into a temporary table by PostgreSQL's COPY, checked there by
 * set-based SQL (numbers repeated in the file, numbers the journal already has, numbers withheld
 * from its sequence), and only when no row is refused inserted into {@code letter} by one
 * {@code INSERT … SELECT} that also writes each letter's search document. Numbers are kept as the
 * old journal wrote them; those the journal's template could have written are given their sequence,
 * and the journal's counter moves past the highest of each year, so a new registration neither
 * repeats an imported number nor leaves a gap before it.
 */
public final class BulkImport {

    /** The most refused rows kept for the list; the count covers all of them. */
    public static final int PROBLEMS_KEPT = 1000;
    private static final int PROGRESS_EVERY = 20_000;
    private static final int COPY_BUFFER = 1 << 16;

    /** A refused row: its number in the file and why, in Russian. */
    public record Problem(long row, String reason) {
    }

    /** What an import came to: rows read, letters written (0 when refused), the refused rows. */
    public record Outcome(long rows, long imported, long problemCount, List<Problem> problems) {
        public boolean rejected() {
            return problemCount > 0;
        }
    }

    /** The journal the rows go into and on whose behalf. */
    public record Target(long importId, long journalId, long organisationId, Direction direction,
                         NumberPattern numbers, String createdBy, Instant at) {
    }

    /** Told how far the job is, now and then. */
    @FunctionalInterface
    public interface Progress {
        void report(JournalImport.State step, long rows, long bytes);
    }

    private final Connection connection;
    private final Target target;
    private final Progress progress;
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;

    private BulkImport(Connection connection, Target target, Progress progress) {
        this.connection = connection;
        this.target = target;
        this.progress = progress;
    }

    /** Runs the import in the connection's current transaction; the caller commits, or rolls back a rejection. */
    public static Outcome run(Connection connection, Target target, JournalFile file, ImportMapping mapping,
                              long fileSize, LocalDate today, Progress progress) throws SQLException, IOException {
        return new BulkImport(connection, target, progress).run(file, mapping, fileSize, today);
    }

    private Outcome run(JournalFile file, ImportMapping mapping, long fileSize, LocalDate today)
            throws SQLException, IOException {
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    create temp table import_row (
                        row_no bigint not null, number text not null, year int not null, sequence bigint,
                        registration_date date not null, correspondent text, correspondent_number text,
                        correspondent_date date, subject text not null, summary text, addressees text,
                        signatory text, executor text,
                        -- computed by COPY as the rows stream in, while this thread reads the next ones: the
                        -- documents are most of the work beyond COPY, and the insert below then only copies them
                        search tsvector generated always as (letter_search_document(subject, summary, addressees,
                            correspondent, signatory, executor, null)) stored) on commit drop""");
        }
        long rows = copy(file, mapping, fileSize, today);
        if (rows == 0) {
            refuse(mapping.header() ? 2 : 1, Text.IMPORT_ROW_NO_LETTER.format());
        }
        progress.report(JournalImport.State.CHECKING, rows, fileSize);
        lockCounters();
        check("""
                select row_no, 'номер «' || number || '» уже есть в файле в строке ' || first || ' (тот же год)' as problem
                  from (select row_no, number, min(row_no) over (partition by year, number) first from import_row) r
                 where row_no <> first""");
        check("""
                select r.row_no, 'номер «' || r.number || '» за ' || r.year || ' год уже есть в журнале' as problem
                  from import_row r
                 where exists (select 1 from letter l where l.organisation_id = ? and l.journal_id = ?
                                  and l.registration_number = r.number and l.registration_year = r.year)""",
                target.organisationId(), target.journalId());
        check("""
                select r.row_no, 'номер «' || r.number || '» за ' || r.year || ' год уже выдан в журнале' as problem
                  from import_row r
                 where r.sequence is not null
                   and not exists (select 1 from letter l where l.organisation_id = ? and l.journal_id = ?
                                      and l.registration_number = r.number and l.registration_year = r.year)
                   and (exists (select 1 from letter l where l.journal_id = ? and l.registration_year = r.year
                                   and l.registration_sequence = r.sequence)
                        or exists (select 1 from withheld_number w where w.journal_id = ? and w.year = r.year
                                      and w.sequence = r.sequence))""",
                target.organisationId(), target.journalId(), target.journalId(), target.journalId());
        if (problemCount > 0) {
            problems.sort(Comparator.comparingLong(Problem::row));
            return new Outcome(rows, 0, problemCount,
                    List.copyOf(problems.subList(0, Math.min(PROBLEMS_KEPT, problems.size()))));
        }
        progress.report(JournalImport.State.WRITING, rows, fileSize);
        long imported = insert();
        return new Outcome(rows, imported, 0, List.of());
    }

    /** Every row through the rules; the good ones into the temporary table, the bad ones into the list. */
    private long copy(JournalFile file, ImportMapping mapping, long fileSize, LocalDate today)
            throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy import_row from stdin (format text)");
        long[] rows = {0};
        StringBuilder line = new StringBuilder(COPY_BUFFER + 4096);
        try {
            file.read(mapping, (number, cells) -> {
                if (mapping.header() && number == 1) {
                    return true;
                }
                if (ImportedRow.blank(cells)) {
                    return true;
                }
                rows[0]++;
                ImportedRow row = ImportedRow.read(number, cells, mapping, today);
                if (!row.valid()) {
                    refuse(number, String.join("; ", row.problems()));
                } else {
                    // staged even after a refused row: the set-based checks then list every problem at once
                    append(line, row);
                    if (line.length() >= COPY_BUFFER) {
                        write(copy, line);
                    }
                }
                if (rows[0] % PROGRESS_EVERY == 0) {
                    long bytes = file.bytesTotal() <= 0 ? 0 : file.bytesRead() * fileSize / file.bytesTotal();
                    progress.report(JournalImport.State.READING, rows[0], bytes);
                }
                return true;
            });
            write(copy, line);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return rows[0];
    }

    private void append(StringBuilder line, ImportedRow row) {
        String number = row.text(ImportField.NUMBER);
        LocalDate date = row.date(ImportField.DATE);
        OptionalLong sequence = target.numbers().sequenceOf(number, date.getYear());
        line.append(row.rowNumber()).append('\t');
        field(line, number);
        line.append('\t').append(date.getYear()).append('\t');
        line.append(sequence.isPresent() ? Long.toString(sequence.getAsLong()) : "\\N").append('\t');
        line.append(date).append('\t');
        field(line, row.text(ImportField.CORRESPONDENT));
        line.append('\t');
        field(line, row.text(ImportField.CORRESPONDENT_NUMBER));
        line.append('\t');
        LocalDate theirs = row.date(ImportField.CORRESPONDENT_DATE);
        line.append(theirs == null ? "\\N" : theirs.toString()).append('\t');
        field(line, row.text(ImportField.SUBJECT));
        line.append('\t');
        field(line, row.text(ImportField.SUMMARY));
        line.append('\t');
        field(line, row.text(ImportField.ADDRESSEES));
        line.append('\t');
        field(line, row.text(ImportField.SIGNATORY));
        line.append('\t');
        field(line, row.text(ImportField.EXECUTOR));
        line.append('\n');
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
    static void field(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder line) {
        if (line.length() == 0) {
            return;
        }
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        line.setLength(0);
    }

    private void refuse(long row, String reason) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(new Problem(row, reason));
        }
    }

    /** Each row the query finds (its {@code row_no} and {@code problem}) refused; {@code values} bound in order. */
    private void check(String sql, long... values) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setLong(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    refuse(rs.getLong("row_no"), rs.getString("problem"));
                }
            }
        }
    }

    /**
     * The journal's counters of the imported years, locked from the checks to the commit: a clerk
     * registering meanwhile waits instead of taking a number the import is about to write.
     */
    private void lockCounters() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                insert into journal_counter (journal_id, year)
                select ?, y from (select distinct year y from import_row) years order by y
                on conflict do nothing""")) {
            st.setLong(1, target.journalId());
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("""
                select next_value from journal_counter
                 where journal_id = ? and year in (select distinct year from import_row) order by year for update""")) {
            st.setLong(1, target.journalId());
            st.executeQuery().close();
        }
    }

    /** The columns of {@code letter} the import writes, in the order of its insert's values. */
    static final List<String> WRITTEN = List.of("organisation_id", "direction", "state", "journal_id",
            "registration_number", "registration_year", "registration_sequence", "registration_date",
            "correspondent_name", "correspondent_number", "correspondent_date", "subject", "summary", "addressees",
            "signatory_name", "executor_name", "restricted", "created_by", "created_at", "version", "imported_by", "search");

    /**
     * Of those, a foreign key the fast path checks once: every row names the same organisation, journal
     * and import, so the referenced row is locked once, as each row's check would lock it.
     */
    record CheckedOnce(String column, String lock, ToLongFunction<Target> row) {
    }

    static final List<CheckedOnce> CHECKED_ONCE = List.of(
            new CheckedOnce("organisation_id", "select 1 from organisation where id = ? for key share",
                    Target::organisationId),
            new CheckedOnce("journal_id", "select 1 from registration_journal where id = ? for key share",
                    Target::journalId),
            new CheckedOnce("imported_by", "select 1 from journal_import where id = ? for key share",
                    Target::importId));

    /**
     * Whether the insert may skip the row triggers of {@code letter}: the foreign keys' checks,
     * three identical look-ups per row (organisation, journal, import) that cost the insert about
     * 40 % of its CPU (BENCHMARKS.md), and the search document's trigger, whose work the staging
     * table has done. Only when the database lets this connection set
     * {@code session_replication_role} and {@code letter} has no trigger of its own but that one;
     * the three referenced rows are then locked here once, as each row's check would lock them.
     * Otherwise the rows are checked one by one as before. Unique and check constraints hold either way.
     */
    private boolean referencesCheckedOnce() throws SQLException {
        // PostgreSQL 15 can grant the setting to a user who is not a superuser; before it, only a superuser may set it
        String permitted = connection.getMetaData().getDatabaseMajorVersion() >= 15
                ? "has_parameter_privilege('session_replication_role', 'SET')" : "current_setting('is_superuser') = 'on'";
        // and no foreign key of letter on a column the insert writes but those three: a key added later
        // on another written column would otherwise go unchecked (the check above sees no internal trigger)
        try (PreparedStatement st = connection.prepareStatement("select " + permitted + " and " + """
                     not exists (select 1 from pg_trigger where tgrelid = 'letter'::regclass
                                    and not tgisinternal and tgname <> 'letter_search_letter')
                     and not exists (select 1 from pg_constraint c join pg_attribute a
                                       on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
                                      where c.conrelid = 'letter'::regclass and c.contype = 'f'
                                        and a.attname = any(?) and not a.attname = any(?)) as allowed""")) {
            st.setArray(1, connection.createArrayOf("text", WRITTEN.toArray()));
            st.setArray(2, connection.createArrayOf("text", CHECKED_ONCE.stream().map(CheckedOnce::column).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (!rs.getBoolean("allowed")) {
                    return false;
                }
            }
        }
        for (CheckedOnce key : CHECKED_ONCE) {
            lockReferenced(key.lock(), key.row().applyAsLong(target));
        }
        try (Statement st = connection.createStatement()) {
            st.execute("set local session_replication_role = replica");
        }
        return true;
    }

    private void lockReferenced(String sql, long id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("referenced row " + id + " is gone: " + sql, "23503");
                }
            }
        }
    }

    private long insert() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set local letterflow.bulk_import = 'on'");
        }
        boolean checkedOnce = referencesCheckedOnce();
        long imported;
        try (PreparedStatement st = connection.prepareStatement("insert into letter (" + String.join(", ", WRITTEN) + ")"
                + """
                select ?, ?, 'REGISTERED', ?, r.number, r.year, r.sequence, r.registration_date,
                       r.correspondent, r.correspondent_number, r.correspondent_date, r.subject,
                       r.summary, r.addressees, r.signatory, r.executor, false, ?, ?, 0, ?, r.search
                  from import_row r""")) {
            st.setLong(1, target.organisationId());
            st.setString(2, target.direction().name());
            st.setLong(3, target.journalId());
            st.setString(4, target.createdBy());
            st.setTimestamp(5, Timestamp.from(target.at()));
            st.setLong(6, target.importId());
            imported = st.executeLargeUpdate();
        }
        if (checkedOnce) {
            // the counters and the audit event below are written as ever (a failure rolls the setting back with the rest)
            try (Statement st = connection.createStatement()) {
                st.execute("set local session_replication_role = origin");
            }
        }
        // every staged row is a letter now, so the highest sequence of each year is read from the
        // staging table, not returned by the insert (200,000 returned rows spilled to a temporary file)
        try (PreparedStatement st = connection.prepareStatement("""
                update journal_counter c set next_value = greatest(c.next_value, h.highest + 1)
                  from (select year, max(sequence) highest from import_row where sequence is not null group by year) h
                 where c.journal_id = ? and c.year = h.year""")) {
            st.setLong(1, target.journalId());
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("""
                insert into audit_event (at, actor, organisation_id, action, details) values (?, ?, ?, 'JOURNAL_IMPORTED', ?)""")) {
            st.setTimestamp(1, Timestamp.from(target.at()));
            st.setString(2, target.createdBy());
            st.setLong(3, target.organisationId());
            st.setString(4, Text.IMPORT_AUDIT.format(target.journalId(), imported, target.importId()));
            st.executeUpdate();
        }
        return imported;
    }
}

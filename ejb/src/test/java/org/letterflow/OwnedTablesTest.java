package org.letterflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The component table holds for SQL too (issue 15): ArchUnit sees the classes a component uses, not
 * the tables its query strings name, so a component reading the table of one it may not use
 * ({@link ComponentRules#MAY_USE}) would be a cycle nobody sees. This reads the string literals of
 * each component's sources, in ejb and web, for the tables it reads, joins, writes or updates.
 */
class OwnedTablesTest {

    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java/org/letterflow"),
            Path.of("../web/src/main/java/org/letterflow"));

    private static final Path MIGRATIONS = Path.of("../db/src/main/resources/db/migration");

    /** Whose each table is: the component whose migration and entities keep it. */
    static final Map<String, String> OWNER = owners(
            "organisation", "organisation app_user user_role api_token",
            "platform", "idempotent_request user_list_preference",
            "document", "file_content",
            "registration", "correspondent registration_journal journal_counter withheld_number letter letter_reader"
                    + " letter_link attachment audit_event journal_import journal_import_problem",
            "extraction", "letter_deadline extraction_review",
            "approval", "approval_sheet approval_step approval_reminder route_template deputy",
            "forwarding", "delivery delivery_job delivery_job_recipient distribution_list distribution_list_member"
                    + " allowed_correspondent",
            "tasks", "resolution task task_checkpoint task_extension task_reminder task_report_file calendar_token"
                    + " notification task_discipline task_discipline_subtree");

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

    private static final Pattern CREATED = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");

    @Test
    void noComponentReadsTheTablesOfOneItMayNotUse() throws IOException {
        List<String> reverse = new ArrayList<>();
        for (Path root : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String component = root.relativize(file).getName(0).toString();
                    Set<String> mayUse = ComponentRules.MAY_USE.getOrDefault(component, Set.of());
                    for (String table : tablesNamed(Files.readString(file))) {
                        String owner = OWNER.get(table);
                        if (owner != null && !owner.equals(component) && !mayUse.contains(owner)) {
                            reverse.add(file + ": " + component + " may not use " + owner + ", whose table "
                                    + table + " it names");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), reverse, "ask the owning component through an interface of yours instead");
    }

    /** A new table is given its owner here, or the rule above would not see it. */
    @Test
    void everyTableTheMigrationsCreateHasAnOwnerOfTheTable() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATED.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertTrue(created.contains("letter"), "the migrations were read: " + created);
        created.removeAll(OWNER.keySet());
        assertEquals(Set.of(), created, "tables with no owner in OWNER");
        assertTrue(ComponentRules.MAY_USE.keySet().containsAll(OWNER.values()), "owners are components");
    }

    @Test
    void theTablesAQueryNamesAreFoundAcrossConcatenatedLiteralsButNotInComments() {
        String q = "\"";
        String source = String.join("\n",
                "// the tasks read from resolution er, never registration",
                "String sql = " + q + "select 1 from letter l where exists (select 1 from" + q,
                "        + " + q + " resolution er join task et on et.resolution_id = er.id)" + q + "; char c = '" + q + "';",
                "String block = " + q + q + q,
                "        update delivery set state = 'SENT' \\" + q + q + q + " where 1 = 0 " + q + q + q
                        + "; /* join approval_step */");
        assertEquals(Set.of("letter", "resolution", "task", "delivery"), tablesNamed(source));
    }

    /** The tables named in a source's string literals (text blocks too), read as one text in order. */
    static Set<String> tablesNamed(String source) {
        Matcher m = TABLE.matcher(literals(source));
        Set<String> tables = new TreeSet<>();
        while (m.find()) {
            tables.add(m.group(1).toLowerCase());
        }
        return tables;
    }

    /** The contents of a Java source's string literals and text blocks, joined by spaces; comments skipped. */
    static String literals(String source) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), source);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), source) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                i = literal(source, i + 3, "\"\"\"", text);
            } else if (source.charAt(i) == '"') {
                i = literal(source, i + 1, "\"", text);
            } else if (source.charAt(i) == '\'') {
                i = literal(source, i + 1, "'", new StringBuilder());
            } else {
                i++;
            }
        }
        return text.toString();
    }

    /** Reads a literal up to its unescaped closing quote into {@code text}; where the source goes on. */
    private static int literal(String source, int from, String quote, StringBuilder text) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        text.append(' ').append(source, from, Math.min(i, source.length()));
        return i + quote.length();
    }

    private static int end(int found, String source) {
        return found < 0 ? source.length() : found;
    }

    private static Map<String, String> owners(String... componentsAndTables) {
        Map<String, String> owner = new java.util.HashMap<>();
        for (int i = 0; i < componentsAndTables.length; i += 2) {
            for (String table : componentsAndTables[i + 1].split(" ")) {
                owner.put(table, componentsAndTables[i]);
            }
        }
        return Map.copyOf(owner);
    }
}

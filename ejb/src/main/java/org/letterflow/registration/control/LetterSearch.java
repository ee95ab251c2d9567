package org.letterflow.registration.control;

import org.letterflow.platform.TextPart;
import org.letterflow.platform.Like;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.letterflow.registration.control.LetterOrder;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Row;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * Finds the letters of one organisation a user may read. Words go through PostgreSQL's Russian
 * text search over the GIN-indexed search document; a registration or correspondent number is
 * matched exactly as typed, so "1871/23-Д" finds only that letter.
 */
@Dependent
public class LetterSearch {

    /** Marks around matched words, chosen so no letter text contains them; read into TextParts. */
    private static final char OPEN = '\u0002';
    private static final char CLOSE = '\u0003';
    static final int COUNT_LIMIT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<LetterExecutors> executors;

    public ResultPage<LetterRow> find(long organisationId, long userId, String login, LetterQuery q, int offset,
                                      int limit) {
        return find(organisationId, userId, login, q, LetterOrder.NEWEST, offset, limit);
    }

    public ResultPage<LetterRow> find(long organisationId, long userId, String login, LetterQuery q, LetterOrder sort,
                                      int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String filter = filter(organisationId, userId, login, q, executors.isResolvable() ? executors.get() : null,
                parameters);
        int first = Math.max(0, offset);
        int size = Math.max(1, Math.min(limit, 200));
        String words = blankToNull(q.text());
        if (words == null) {
            // Counting every match costs more than finding the page; past a thousand the exact
            // number helps nobody, so the count stops there.
            long total = ((Number) bind(em.createNativeQuery(countSql(filter)), parameters).getSingleResult()).longValue();
            return new ResultPage<>(rows(filter, parameters, null, sort, first, size), Math.min(total, COUNT_LIMIT),
                    total <= COUNT_LIMIT, offset, limit);
        }
        int w = bound(parameters, words);
        // Up to a thousand and one matches, straight from the indexes that know the word or the
        // number: whatever the statistics say about the word, the GIN index is read first.
        List<Row> matched = Row.all(bind(em.createNativeQuery(matchesSql(filter, w)), parameters));
        if (matched.size() <= COUNT_LIMIT) {
            // the page is sorted among the matches alone: their ids, looked up by primary key
            List<Long> ids = matched.stream().map(row -> row.longValue("id")).toList();
            List<LetterRow> items = ids.isEmpty() ? List.of()
                    : rows(filter + idIn(ids, parameters), parameters, w, sort, first, size);
            return new ResultPage<>(items, matched.size(), true, offset, limit);
        }
        // A common word: a page of the newest letters holds matches soon, so the journal's date
        // index is walked with the word as a filter.
        List<LetterRow> items = rows(filter + matching(w), parameters, w, sort, first, size);
        return new ResultPage<>(items, COUNT_LIMIT, false, offset, limit);
    }

    /**
     * The letters of the organisation the user may read that the query's filters leave: conditions on letter
     * {@code l}, each value added to {@code parameters} and bound as the next numbered parameter (?1 the
     * organisation, ?2 the login, ?3 the user). A number is matched exactly as typed (stripped), on the
     * registration or the correspondent's number; the dates are the registration date, a draft's creation day.
     * The executor is the one written on the letter or, where {@code executors} (the tasks component) is
     * there to say, a person given a task on it.
     */
    static String filter(long organisationId, long userId, String login, LetterQuery q, LetterExecutors executors,
                         List<Object> parameters) {
        StringBuilder filter = new StringBuilder(" l.organisation_id = ?").append(bound(parameters, organisationId));
        int loginParameter = bound(parameters, login);
        filter.append(" and ").append(readable(loginParameter, bound(parameters, userId)));
        if (blankToNull(q.number()) != null) {
            int p = bound(parameters, q.number().strip());
            filter.append(" and (l.registration_number = ?").append(p).append(" or l.correspondent_number = ?")
                    .append(p).append(")");
        }
        if (q.direction() != null) {
            filter.append(" and l.direction = ?").append(bound(parameters, q.direction().name()));
        }
        if (q.journalId() != null) {
            filter.append(" and l.journal_id = ?").append(bound(parameters, q.journalId()));
        }
        if (q.state() != null) {
            filter.append(" and l.state = ?").append(bound(parameters, q.state().name()));
        }
        if (q.from() != null) {
            filter.append(" and coalesce(l.registration_date, l.created_at::date) >= ?")
                    .append(bound(parameters, Date.valueOf(q.from())));
        }
        if (q.to() != null) {
            filter.append(" and coalesce(l.registration_date, l.created_at::date) <= ?")
                    .append(bound(parameters, Date.valueOf(q.to())));
        }
        if (blankToNull(q.correspondent()) != null) {
            filter.append(" and lower(coalesce(l.correspondent_name, l.addressees)) like ?")
                    .append(bound(parameters, Like.containing(q.correspondent())));
        }
        if (blankToNull(q.executor()) != null) {
            // the executor written on the letter, or a person given a task on it (the tasks' condition)
            int p = bound(parameters, Like.containing(q.executor()));
            filter.append(" and (lower(l.executor_name) like ?").append(p);
            if (executors != null) {
                filter.append(" or ").append(executors.givenATask(p));
            }
            filter.append(")");
        }
        return filter.toString();
    }

    /** Adds a value to the parameters; its number in the query. */
    private static int bound(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    /** How many letters the filter leaves, counted up to a thousand and one. */
    static String countSql(String filter) {
        return "select count(*) from (select 1 from letter l where" + filter + " limit " + (COUNT_LIMIT + 1) + ") matches";
    }

    /** A letter matching the words (parameter {@code words}): by the text search, or a number exactly as typed. */
    static String matching(int words) {
        return " and (l.search @@ websearch_to_tsquery('russian', ?" + words + ") or l.registration_number = ?"
                + words + " or l.correspondent_number = ?" + words + ")";
    }

    /**
     * Whether letter {@code l} is one the user may read, besides being of their organisation: a
     * restricted (ДСП) letter only for its registering clerk (login parameter) and its named
     * readers (user id parameter). The list, the search and the printed journal filter alike.
     */
    public static String readable(int loginParameter, int userParameter) {
        return "(not l.restricted or l.created_by = ?" + loginParameter + " or exists (select 1 from letter_reader r"
                + " where r.letter_id = l.id and r.user_id = ?" + userParameter + "))";
    }

    /**
     * The capped list of (id, date) matching the words, read through the text and number indexes.
     * Each index's branch carries the whole filter and its own cap, so a common word stops after a
     * thousand and one rows of its branch instead of fetching every match to be merged first; a
     * rare word is read from the text index whatever the planner thinks of it.
     */
    public static String matchesSql(String filter, int words) {
        String cap = " limit " + (COUNT_LIMIT + 1);
        String branch = "(select l.id, l.registration_date from letter l where ";
        return "select id, registration_date from ("
                + branch + "l.search @@ websearch_to_tsquery('russian', ?" + words + ") and" + filter + cap + ")"
                + " union " + branch + "l.registration_number = ?" + words + " and" + filter + cap + ")"
                + " union " + branch + "l.correspondent_number = ?" + words + " and" + filter + cap + ")"
                + ") matches" + cap;
    }

    private List<LetterRow> rows(String filter, List<Object> parameters, Integer words, LetterOrder sort, int offset,
                                 int size) {
        List<Row> rows = Row.all(bind(em.createNativeQuery(pageSql(filter, words, sort, offset, size)), parameters));
        List<LetterRow> items = new ArrayList<>();
        for (Row c : rows) {
            String subject = c.string("subject");
            items.add(new LetterRow(c.longValue("id"), c.enumValue("direction", Direction.class),
                    c.enumValue("state", LetterState.class), c.string("registration_number"),
                    c.date("registration_date"), c.string("correspondent"), c.string("correspondent_number"),
                    c.date("correspondent_date"), subject, c.flag("restricted"),
                    c.isNull("headline") ? TextPart.plain(subject)
                            : TextPart.between(c.string("headline"), OPEN, CLOSE)));
        }
        return items;
    }

    /**
     * A page of the letters the filter leaves, in the order clicked (newest first by default), each with its
     * subject and summary's passage around the words (parameter {@code words}, null: no words, no passage).
     */
    static String pageSql(String filter, Integer words, LetterOrder sort, int offset, int size) {
        String headline = words == null ? "null"
                : "ts_headline('russian', l.subject || ' ' || coalesce(l.summary, ''), websearch_to_tsquery('russian', ?"
                + words + "), 'StartSel=" + OPEN + ", StopSel=" + CLOSE
                + ", MaxWords=40, MinWords=15, HighlightAll=false')";
        // Newest first unless a column was clicked; the (organisation, date, id) index serves the default.
        String order = (sort == null ? LetterOrder.NEWEST : sort).sql();
        // Offset and size stay literals: two ints clamped by the caller, never text, and PostgreSQL plans
        // a page it knows the size of (a bound LIMIT may get a generic plan guessing a tenth of the rows).
        return "select l.id, l.direction, l.state,"
                + " l.registration_number, l.registration_date,"
                + " coalesce(l.correspondent_name, l.addressees) as correspondent, l.correspondent_number,"
                + " l.correspondent_date, l.subject, l.restricted, " + headline + " as headline"
                + " from letter l where" + filter + order
                + " offset " + offset + " limit " + size;
    }

    /** " and l.id in (?n, …)" with the ids added to the parameters. */
    static String idIn(List<Long> ids, List<Object> parameters) {
        StringBuilder in = new StringBuilder(" and l.id in (");
        for (Long id : ids) {
            in.append(in.charAt(in.length() - 1) == '(' ? "?" : ", ?").append(bound(parameters, id));
        }
        return in.append(")").toString();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

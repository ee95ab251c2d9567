package org.letterflow.tasks.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar (RFC 5545) feed of all-day events, as calendar applications subscribe to it:
 * CRLF line ends, text escaped, lines folded at 75 octets without splitting a UTF-8 character.
 */
public final class ICalendar {

    /** One due date: a stable id (so an updated feed moves the event, not duplicates it), a day, texts. */
    public record Event(String uid, LocalDate day, String summary, String description) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    public static String of(String name, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Letterflow//Poruchenia//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        String stamp = STAMP.format(now.atOffset(ZoneOffset.UTC));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line: at most 75 octets, continuation lines start with a space. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}

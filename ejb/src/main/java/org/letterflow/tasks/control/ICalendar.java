package org.letterflow.tasks.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** iCalendar (RFC 5545) through ical4j: the feed of due dates, and the days a recurrence rule gives. */
public final class ICalendar {

    /** One due date: a stable id (so an updated feed moves the event, not duplicates it), a day, texts. */
    public record Event(String uid, LocalDate day, String summary, String description) {
    }

    /**
     * ical4j folds lines by characters; RFC 5545 counts octets (75 at most). Cyrillic takes two
     * octets in UTF-8 and signs like "№" three, so 25 characters a line keeps every line within 75.
     */
    private static final int FOLD = 25;

    /** Occurrences created for one recurring obligation at most: ten years of a monthly rule. */
    public static final int MOST_OCCURRENCES = 120;

    private ICalendar() {
    }

    /** A feed of all-day events, as calendar applications subscribe to it. */
    public static String of(String name, List<Event> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Letterflow//Poruchenia//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Event e : events) {
            VEvent event = new VEvent(e.day(), e.day().plusDays(1), e.summary());
            event.add(new Uid(e.uid()));
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, FOLD).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The days of a recurrence rule ("FREQ=MONTHLY;BYMONTHDAY=5") from one day to another, both included. */
    public static List<LocalDate> days(String rule, LocalDate from, LocalDate to) {
        List<LocalDate> days;
        try {
            days = new Recur<LocalDate>(rule).getDates(from, from, to.plusDays(1));
        } catch (RuntimeException e) {
            throw BusinessException.invalid("recurrence", Text.RECURRENCE_NOT_UNDERSTOOD, rule);
        }
        if (days.size() > MOST_OCCURRENCES) {
            throw BusinessException.invalid("until", Text.RECURRENCE_TOO_MANY, days.size(), MOST_OCCURRENCES);
        }
        return days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }
}

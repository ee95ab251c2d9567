package org.letterflow.extraction.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The Russian working-days calendar: which days are worked, holidays and transferred days off
 * taken from data ({@code russian-working-days.txt}, its sources named there), so a year is added
 * by editing a file, not code. Beyond the years the file covers, weekends only.
 */
public final class WorkingCalendar {

    private static final String DATA = "/org/letterflow/extraction/russian-working-days.txt";

    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> workedWeekends = new HashSet<>();

    private WorkingCalendar() {
    }

    /** The calendar shipped with Letterflow. */
    public static WorkingCalendar russian() {
        WorkingCalendar calendar = new WorkingCalendar();
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(DATA);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                String[] parts = l.split("\\s+");
                LocalDate day = LocalDate.parse(parts[0]);
                (parts[1].equals("work") ? calendar.workedWeekends : calendar.daysOff).add(day);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return calendar;
    }

    public boolean isWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? workedWeekends.contains(day) : !daysOff.contains(day);
    }

    /** The {@code n}th working day after {@code from} (the day itself does not count). */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** A deadline that falls on a day off moves to the next working day (Civil Code, art. 193). */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}

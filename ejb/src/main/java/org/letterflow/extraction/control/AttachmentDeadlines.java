package org.letterflow.extraction.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.DeadlineSource;
import org.letterflow.extraction.entity.SourcedDeadline;

/**
 * The deadlines of a letter's attachments (a schedule table in a PDF, a DOCX «График представления
 * отчётов»), found by the same {@link DeadlineFinder} as in the letter's text and named by file and
 * page. A file is read for deadlines no further than {@link #MAX_PAGES} pages and
 * {@link #MAX_CHARACTERS} characters: a 300-page appendix must not hold up the card, and the answer
 * says the file was cut short. A date appears once: the letter's own text wins over an attachment,
 * an earlier file or page over a later one.
 */
public final class AttachmentDeadlines {

    /** Pages of one file read for deadlines. */
    public static final int MAX_PAGES = 30;
    /** Characters of one file read for deadlines (a file without pages is bounded by this alone). */
    public static final int MAX_CHARACTERS = 150_000;

    /** What one file gave: its deadlines, and whether it was read only in part. */
    public record FileDeadlines(String file, List<SourcedDeadline> deadlines, boolean cutShort) {
    }

    private AttachmentDeadlines() {
    }

    /**
     * The deadlines in one attachment's text; {@code pageStarts} says where each page begins in it
     * (empty when the file has no pages to tell), {@code letterDate} and {@code received} settle years left out.
     */
    public static FileDeadlines inFile(String file, String text, List<Integer> pageStarts, LocalDate letterDate,
                                       LocalDate received) {
        if (text == null || text.isBlank()) {
            return new FileDeadlines(file, List.of(), false);
        }
        int end = Math.min(text.length(), MAX_CHARACTERS);
        if (pageStarts.size() > MAX_PAGES) {
            end = Math.min(end, pageStarts.get(MAX_PAGES));
        }
        List<SourcedDeadline> found = new ArrayList<>();
        for (Deadline d : DeadlineFinder.find(text.substring(0, end), letterDate, received)) {
            found.add(new SourcedDeadline(d.date(), d.sentence(), new DeadlineSource(file, pageOf(d.start(), pageStarts))));
        }
        return new FileDeadlines(file, found, end < text.length());
    }

    /** The page (from 1) a character of the text stands on, or null when pages are not known. */
    static Integer pageOf(int at, List<Integer> pageStarts) {
        if (pageStarts.isEmpty()) {
            return null;
        }
        int page = 0;
        for (int start : pageStarts) {
            if (start > at) {
                break;
            }
            page++;
        }
        return Math.max(1, page);
    }

    /** The letter's own deadlines (no source), then those only the attachments give, each date once. */
    public static List<SourcedDeadline> merge(List<Deadline> letterText, List<FileDeadlines> files) {
        List<SourcedDeadline> merged = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (Deadline d : letterText) {
            if (seen.add(d.date())) {
                merged.add(new SourcedDeadline(d.date(), d.sentence(), null));
            }
        }
        merged.addAll(proposals(seen, files));
        return merged;
    }

    /**
     * What the attachments propose beyond the dates already {@code known} (the letter's own, those
     * kept): each date once, from the first file and page that gives it.
     */
    public static List<SourcedDeadline> proposals(Collection<LocalDate> known, List<FileDeadlines> files) {
        Set<LocalDate> seen = new HashSet<>(known);
        List<SourcedDeadline> proposed = new ArrayList<>();
        for (FileDeadlines file : files) {
            for (SourcedDeadline d : file.deadlines()) {
                if (seen.add(d.date())) {
                    proposed.add(d);
                }
            }
        }
        return proposed;
    }
}

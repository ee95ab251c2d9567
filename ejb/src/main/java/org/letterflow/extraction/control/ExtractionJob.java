package org.letterflow.extraction.control;

import java.time.Instant;
import java.util.UUID;
import org.letterflow.extraction.entity.LetterExtraction;

/**
 * An extraction running in the background for a large file: who started it, how far it got
 * (pages done of pages), and its answer when done. Lives in memory only; a restart forgets it,
 * and the clerk drops the file again.
 */
public final class ExtractionJob {

    /** Where the job is. */
    public enum State { READING, DONE }

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String fileName;
    private final Integer pages;
    private final Instant started;
    private volatile int pagesDone;
    private volatile LetterExtraction result;

    ExtractionJob(String owner, String fileName, Integer pages, Instant started) {
        this.owner = owner;
        this.fileName = fileName;
        this.pages = pages;
        this.started = started;
    }

    void pageDone(int page) {
        pagesDone = page;
    }

    void finish(LetterExtraction answer) {
        result = answer;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fileName() {
        return fileName;
    }

    public Integer pages() {
        return pages;
    }

    public int pagesDone() {
        return pagesDone;
    }

    public Instant started() {
        return started;
    }

    public State state() {
        return result == null ? State.READING : State.DONE;
    }

    /** The answer, or null while reading. */
    public LetterExtraction result() {
        return result;
    }
}

package org.letterflow.extraction.entity;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * Where a deadline was found, when not in the letter's own text: an attachment's file name and,
 * for a file with pages (PDF), the page; {@code page} is null where pages are not known (DOCX).
 */
public record DeadlineSource(String file, Integer page) {

    /** Read from requests: Payara's Yasson needs the constructor named (see JsonbConfiguration). */
    @JsonbCreator
    public DeadlineSource {
    }

    /** "приложение.pdf, с. 2", or the file name alone. */
    public String label() {
        return page == null ? file : file + ", с. " + page;
    }
}

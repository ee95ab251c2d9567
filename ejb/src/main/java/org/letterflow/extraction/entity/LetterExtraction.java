package org.letterflow.extraction.entity;

/**
 * The extraction of one file: how it was read (media type, pages, whether pages were recognised
 * by OCR), the text, the requisites read from it, and the time each part took. {@code error} is
 * set, and {@code requisites} null, when the file gave no text to read.
 */
public record LetterExtraction(String file, String mediaType, Integer pages, boolean recognised, String error,
                               String text, Extraction requisites, long readingMillis, long parsingMillis) {
}

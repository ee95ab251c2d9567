package org.letterflow.extraction.entity;

import java.time.LocalDate;

/** Another letter this one cites or answers ("письмом … от 12.01.2021 № 10-1", "На № … от …"). */
public record LetterReference(String number, LocalDate date) {
}

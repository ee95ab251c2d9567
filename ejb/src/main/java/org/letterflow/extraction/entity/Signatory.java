package org.letterflow.extraction.entity;

/** Who signed a letter: position and name as printed ("Начальник Департамента", "И.Б. Грабцевич"). */
public record Signatory(String position, String name) {
}

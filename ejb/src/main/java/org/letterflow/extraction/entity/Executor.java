package org.letterflow.extraction.entity;

/** The executor mark at a letter's foot; {@code phone} is null where none is printed. */
public record Executor(String name, String phone) {
}

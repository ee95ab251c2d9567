package org.letterflow.extraction.entity;

import java.io.Serializable;

/** Where in the extracted text a field was read: character offsets, end exclusive. */
public record Span(int start, int end) implements Serializable {
}

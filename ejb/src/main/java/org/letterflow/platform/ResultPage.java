package org.letterflow.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of results and how many there are in all ({@code totalExact} false: at least that many).
 * Each use is described with its rows in META-INF/openapi.yaml ({@code LetterPage}, {@code DeliveryPage});
 * hidden here, or Payara adds a schema of its own from the methods' return type, rows untyped.
 */
@Schema(hidden = true)
public record ResultPage<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {
}

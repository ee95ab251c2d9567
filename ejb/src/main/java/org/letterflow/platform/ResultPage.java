package org.letterflow.platform;

import java.util.List;

/** One page of results and how many there are in all ({@code totalExact} false: at least that many). */
public record ResultPage<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {
}

package org.letterflow.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The page the browser shows, checked by axe-core against WCAG 2.0 and 2.1, levels A and AA. Only
 * what axe rates critical or serious fails a journey: those keep a person with a screen reader or
 * the keyboard alone from using the page; moderate and minor findings are advice.
 *
 * <p>axe is put into the page through WebDriver's script execution, which Chromium runs outside the
 * page's Content-Security-Policy: the strict CSP of SecurityHeaders (nonces for PrimeFaces' scripts)
 * does not stop it, and needs no hole for the tests.
 */
public final class Accessibility {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    private Accessibility() {
    }

    /**
     * The critical and serious violations of the page now shown, one line each: the page's name, the
     * rule, its impact, the elements (axe's selectors) and axe's help text with its link.
     */
    public static List<String> violations(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe did not run on " + page + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            String targets = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + targets + " — " + rule.getHelp()
                    + " " + rule.getHelpUrl());
        }
        return found;
    }

    /** Fails when the page now shown has a critical or serious violation, naming each. */
    public static void check(Browser browser, String page) {
        List<String> found = violations(browser, page);
        if (!found.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page + ":\n" + String.join("\n", found));
        }
    }
}

package org.letterflow.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * The one finding left to PrimeFaces: p:autoComplete multiple="true" draws its chosen items and
     * its text field as one {@code <ul role="listbox">}, the field in an {@code <li>} of its own, and
     * its script adds chosen items the same way; neither the tag's attributes nor a page can change
     * that list. Each rule is passed over only for that element, found by its class; anywhere else
     * the same rule still fails the page.
     */
    private static final Map<String, String> PRIMEFACES_MARKUP = Map.of(
            "aria-required-children", "ui-autocomplete-multiple-container",
            "aria-input-field-name", "ui-autocomplete-multiple-container",
            "listitem", "ui-autocomplete-input-token");

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
            String targets = rule.getNodes().stream().filter(node -> !primeFacesOwn(rule, node))
                    .map(CheckedNode::getTarget).map(String::valueOf).collect(Collectors.joining(", "));
            if (targets.isEmpty()) {
                continue;
            }
            found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + targets + " — " + rule.getHelp()
                    + " " + rule.getHelpUrl());
        }
        return found;
    }

    private static boolean primeFacesOwn(Rule rule, CheckedNode node) {
        String cssClass = PRIMEFACES_MARKUP.get(rule.getId());
        return cssClass != null && node.getHtml() != null && node.getHtml().matches("(?s)<[a-z]+[^>]*class=\"" + cssClass + "[ \"].*");
    }

    /** Fails when the page now shown has a critical or serious violation, naming each. */
    public static void check(Browser browser, String page) {
        List<String> found = violations(browser, page);
        if (!found.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page + ":\n" + String.join("\n", found));
        }
    }
}

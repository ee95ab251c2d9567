package org.letterflow.document;

/**
 * Text that other organisations typed (a return reason, a name) on its way into a spreadsheet
 * export. Excel and LibreOffice take a cell beginning with {@code = + - @}, a tab or a carriage
 * return for a formula — {@code =HYPERLINK(…)} leaks data, {@code =cmd|…} runs a program (CSV
 * injection, OWASP) — so such a cell is neutralised by a leading apostrophe, which spreadsheets
 * read as "this is text" and do not show in the cell.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would read this text as the start of a formula. */
    public static boolean startsFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The text a CSV cell may carry: unchanged, or behind an apostrophe when it starts a formula. */
    public static String neutralised(String text) {
        return startsFormula(text) ? "'" + text : text;
    }
}

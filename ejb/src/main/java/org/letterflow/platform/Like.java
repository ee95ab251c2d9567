package org.letterflow.platform;

/** SQL LIKE patterns from what a person typed: its % and _ are literal characters, not wildcards. */
public final class Like {

    private Like() {
    }

    /** "Contains", to compare with a lower-cased column. */
    public static String containing(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase();
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

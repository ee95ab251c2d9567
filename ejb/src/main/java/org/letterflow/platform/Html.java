package org.letterflow.platform;

/** Text shown as HTML (a search hit or a recognised span with its {@code <mark>}): one escape for all. */
public final class Html {

    private Html() {
    }

    /** Text made safe to show as HTML. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

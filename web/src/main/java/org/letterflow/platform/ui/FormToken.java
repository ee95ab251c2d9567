package org.letterflow.platform.ui;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Lets the form of one view be submitted once. A view-scoped bean holds one and the page sends its
 * value in a hidden field; the action spends it before doing anything. A second sending of the same
 * view (a double click that got through, a browser resending the POST, a replayed ViewState) finds
 * it spent, and a view restored without its bean holds a fresh token the old page never saw. A
 * submission that was refused gives the token back, so the clerk can correct the form and send it.
 */
public final class FormToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request parameter the page sends the token in. */
    public static final String PARAMETER = "formToken";

    private final String value;
    private boolean spent;

    public FormToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        value = HexFormat.of().formatHex(bytes);
    }

    public String getValue() {
        return value;
    }

    /** Whether this submission may go ahead: it carries this view's token and no submission came before. */
    public synchronized boolean spend(String submitted) {
        if (spent || !value.equals(submitted)) {
            return false;
        }
        spent = true;
        return true;
    }

    /** The submission was refused and nothing was saved: the form may be sent again. */
    public synchronized void giveBack() {
        spent = false;
    }
}

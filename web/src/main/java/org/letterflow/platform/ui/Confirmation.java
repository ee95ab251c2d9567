package org.letterflow.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/**
 * Tells the user that an action was done, in the words of the message bundle: without it a click
 * that changed something looks the same as a click that did nothing.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** A message shown by the page the action updates. */
    public static void say(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(pattern, arguments), null));
    }

    /** As {@link #say}, for an action that redirects: the message survives the redirect. */
    public static void sayAfterRedirect(String key, Object... arguments) {
        say(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}

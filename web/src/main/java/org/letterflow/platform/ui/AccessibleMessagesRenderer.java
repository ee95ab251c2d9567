package org.letterflow.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages as a list a screen reader reads as a list: PrimeFaces gives each message, an {@code <li>},
 * the role "alert", which takes it out of its {@code <ul>} (axe: "list", serious). The messages'
 * container keeps its aria-live, so a message that appears is still announced.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new WithoutAttributes(writer, "li", Set.of("role", "aria-atomic")), messages, message,
                severity, escape);
    }
}

package org.letterflow.registration.ui;

import java.util.Map;

/**
 * The registration form stored a new letter. Whatever else the form's page gathered for it (the
 * file a recognition read, its attachments, what the clerk kept of the proposals) follows it from
 * the component that gathered it, so the form need not know that component.
 *
 * @param fileAttached whether the clerk chose the letter's file on the form itself
 * @param fields the card's fields as saved, by name
 */
public record RegistrationFormSaved(long letterId, boolean fileAttached, Map<String, String> fields) {
}

package org.letterflow.registration.entity;

import java.time.LocalDate;

/**
 * The requisites of a letter as GOST R 7.0.97 names them, as one value: what a clerk fills in
 * and what an edit replaces. The correspondent is named here as written; a link to the tree or
 * the directory is kept on the letter beside it.
 */
public record Requisites(
        String subject,
        String addressees,
        String correspondentName,
        String correspondentNumber,
        LocalDate correspondentDate,
        String signatoryPosition,
        String signatoryName,
        String executorName,
        String executorPhone,
        String summary,
        String attachmentNote,
        boolean restricted) {

    /** Signed by the signatory when the draft named none; the one it named stays. */
    public Requisites signedBy(String position, String name) {
        if (signatoryName != null) {
            return this;
        }
        return new Requisites(subject, addressees, correspondentName, correspondentNumber, correspondentDate,
                position, name, executorName, executorPhone, summary, attachmentNote, restricted);
    }

    /** Field by field, what differs from the other requisites: the audit trail's "before/after". */
    public String differencesFrom(Requisites before) {
        StringBuilder out = new StringBuilder();
        var components = Requisites.class.getRecordComponents();
        for (var component : components) {
            try {
                Object was = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(this);
                if (!java.util.Objects.equals(was, now)) {
                    out.append(component.getName()).append(": «").append(was == null ? "" : was)
                            .append("» → «").append(now == null ? "" : now).append("»\n");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString().strip();
    }
}

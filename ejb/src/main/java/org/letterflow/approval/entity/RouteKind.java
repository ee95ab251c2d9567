package org.letterflow.approval.entity;

/** How the approvers of a route follow each other; MIXED has parallel stages among sequential ones. */
public enum RouteKind {
    SEQUENTIAL("последовательное"),
    PARALLEL("параллельное"),
    MIXED("смешанное");

    private final String printed;

    RouteKind(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }
}

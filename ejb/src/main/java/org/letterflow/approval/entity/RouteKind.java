package org.letterflow.approval.entity;

import org.letterflow.platform.Text;

/** How the approvers of a route follow each other; MIXED has parallel stages among sequential ones. */
public enum RouteKind {
    SEQUENTIAL(Text.ROUTE_SEQUENTIAL),
    PARALLEL(Text.ROUTE_PARALLEL),
    MIXED(Text.ROUTE_MIXED);

    private final Text printed;

    RouteKind(Text printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed.format();
    }
}

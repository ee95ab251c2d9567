package org.letterflow.platform.ui;

/**
 * One number beside the menu, given by the component that owns what it counts (the layout is the
 * platform's, the counts are not): {@link MenuCounters} finds them by name.
 */
public interface MenuCount {

    /** The counter's name in the layout: pending, arrived, overdue, unread. */
    String name();

    /** The caller's count, read once per page that shows it. */
    long count();
}

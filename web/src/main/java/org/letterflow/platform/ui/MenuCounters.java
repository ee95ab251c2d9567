package org.letterflow.platform.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers beside the menu, as Directum and 1С users expect them: letters waiting for the
 * caller's decision («На согласовании 3»), letters sent to the organisation not yet registered
 * («Входящие 5»), the caller's due dates gone by, and the unread reminders on the bell. Each is one
 * count per page, read only when the page shows it. The component that owns a count gives it as a
 * {@link MenuCount}.
 */
@Named
@RequestScoped
public class MenuCounters {

    @Inject
    Instance<MenuCount> counts;

    private final Map<String, Long> read = new HashMap<>();

    private long count(String name) {
        return read.computeIfAbsent(name, key -> counts.stream().filter(count -> count.name().equals(key))
                .findFirst().orElseThrow(() -> new IllegalStateException("No menu count " + key)).count());
    }

    public long getPending() {
        return count("pending");
    }

    public long getArrived() {
        return count("arrived");
    }

    public long getOverdue() {
        return count("overdue");
    }

    public long getUnread() {
        return count("unread");
    }

    /** " 3" after a menu entry's name, nothing for none. */
    public static String suffix(long count) {
        return count == 0 ? "" : " " + count;
    }

    public String getPendingSuffix() {
        return suffix(getPending());
    }

    public String getOverdueSuffix() {
        return suffix(getOverdue());
    }

    public String getArrivedSuffix() {
        return suffix(getArrived());
    }
}

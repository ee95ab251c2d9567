package org.letterflow.organisation.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letterflow.organisation.entity.Organisation;

/**
 * The state behind an autocomplete of organisations whose values are ids: the names of those
 * offered so far, so that a chosen id shows as its name.
 */
public final class OrganisationPicker implements Serializable {

    private final Map<Long, String> names = new HashMap<>();

    /** The ids to offer for these organisations, remembering their names. */
    public List<Long> offer(List<Organisation> found) {
        List<Long> ids = new ArrayList<>();
        for (Organisation o : found) {
            names.put(o.getId(), o.getShortName());
            ids.add(o.getId());
        }
        return ids;
    }

    public String name(Long id) {
        return names.getOrDefault(id, String.valueOf(id));
    }
}

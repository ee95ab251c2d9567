package org.letterflow.forwarding.boundary;

import java.util.List;
import java.util.Map;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.forwarding.control.ChainNode;
import org.letterflow.forwarding.control.RollUp;

/**
 * A letter's chain as its viewer may see it: the totals, the totals per level of the hierarchy,
 * and one page of nodes (the top of the viewer's part, or the children of one node) with their
 * branches' roll-ups. {@code nodes} is a page of {@code nodeCount}.
 */
public record ChainView(long letter, String registrationNumber, String organisation, RollUp total,
                        List<Level> levels, Long parent, List<ChainNode> nodes, long nodeCount, int offset) {

    /** The roll-up of one level of the hierarchy (every school, every municipal authority…). */
    public record Level(OrganisationKind kind, RollUp counts) {

        public static List<Level> of(Map<OrganisationKind, RollUp> levels) {
            return levels.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue())).toList();
        }
    }
}

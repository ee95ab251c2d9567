package org.letterflow.forwarding.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.letterflow.forwarding.control.ChainQueries;
import org.letterflow.forwarding.control.ChainQueries.Scope;
import org.letterflow.forwarding.control.ChainRow;
import org.letterflow.forwarding.control.RollUp;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;
import org.letterflow.registration.control.LetterAccess;
import org.letterflow.registration.entity.Letter;

/**
 * The chain of a letter's sendings as far as the caller may see it: what we sent it to and
 * everything re-issued below, or, for a letter we received, our own delivery and what we did
 * with it; page by page, level by level, and whole for an export.
 */
@Stateless
public class Chains {

    private static final int PAGE_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    LetterAccess letters;

    @Inject
    ChainQueries chains;

    /**
     * The chain below a letter of ours as far as we may see it: what we sent it to and everything
     * re-issued below, or, for a letter we received, our own delivery and what we did with it.
     * {@code node}: the children of that node instead of the top.
     */
    public ChainView chain(long letterId, Long node, int offset, int limit) {
        Letter letter = letters.find(letterId);
        Optional<Scope> scope = scope(letter);
        if (scope.isEmpty()) {
            return new ChainView(letter.getId(), letter.getRegistrationNumber(), letter.getOrganisation().getShortName(),
                    RollUp.NONE, List.of(), node, List.of(), 0, 0);
        }
        Scope s = scope.get();
        int depth = s.depth();
        if (node != null) {
            depth = depthWithin(s, node) + 1;
        }
        var levels = chains.levels(s);
        int size = Math.min(Math.max(limit, 1), PAGE_LIMIT);
        long count = chains.count(s, node);
        return new ChainView(letter.getId(), letter.getRegistrationNumber(), letter.getOrganisation().getShortName(),
                ChainQueries.total(levels), ChainView.Level.of(levels), node,
                chains.nodes(s, node, depth, count, offset, size), count, Math.max(0, offset));
    }

    /** Whether the letter has gone anywhere by a sending, or came by one. */
    public boolean hasChain(long letterId) {
        return !em.createNativeQuery("select 1 from delivery where letter_id = ?1 or registered_letter_id = ?1 limit 1")
                .setParameter(1, letters.find(letterId).getId()).getResultList().isEmpty();
    }

    /** The whole visible chain, top-down, for an export. */
    public List<ChainRow> chainRows(long letterId) {
        return scope(letters.find(letterId)).map(chains::rows).orElse(List.of());
    }

    /** The sender's part from the letter's own sending, else the receiver's from the delivery it was registered from. */
    private Optional<Scope> scope(Letter letter) {
        Optional<Scope> sent = Row.first(em.createNativeQuery("select root_letter_id as root,"
                        + " cardinality(ancestors) + 1 as depth from delivery where letter_id = ?1 limit 1")
                .setParameter(1, letter.getId()))
                .map(r -> Scope.deliveriesOf(r.longValue("root"), r.intValue("depth"), letter.getId()));
        if (sent.isPresent()) {
            return sent;
        }
        return Row.first(em.createNativeQuery("select id as delivery, root_letter_id as root,"
                        + " cardinality(ancestors) + 1 as depth from delivery where registered_letter_id = ?1")
                .setParameter(1, letter.getId()))
                .map(r -> Scope.below(r.longValue("root"), r.intValue("depth"), r.longValue("delivery")));
    }

    /** The depth of a node, which must lie in the viewer's part. */
    private int depthWithin(Scope scope, long node) {
        if (!chains.inPart(scope, node)) {
            throw BusinessException.notFound(Text.CHAIN_NODE_NOT_FOUND);
        }
        return ((Number) em.createNativeQuery("select cardinality(ancestors) + 1 from delivery where id = ?1")
                .setParameter(1, node).getSingleResult()).intValue();
    }
}

package org.letterflow.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.ResultPage;
import org.letterflow.registration.control.LetterOrder;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.control.LetterSearch;

/** Finding letters again: the lists and the search, over the letters of the caller's organisation they may read. */
@Stateless
public class LetterSearches {

    @Inject
    CurrentUser caller;

    @Inject
    LetterSearch search;

    public ResultPage<LetterRow> search(LetterQuery query, int offset, int limit) {
        return search(query, LetterOrder.NEWEST, offset, limit);
    }

    /** As search, in the order of a column a person clicked. */
    public ResultPage<LetterRow> search(LetterQuery query, LetterOrder order, int offset, int limit) {
        User me = caller.get();
        return search.find(me.getOrganisation().getId(), me.getId(), me.getLogin(), query, order, offset, limit);
    }
}

package org.letterflow.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version, and a change must send it back
 * in If-Match, so that two people editing one record cannot silently overwrite each other.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw BusinessException.invalid("If-Match", Text.IF_MATCH_MISSING);
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("If-Match", Text.IF_MATCH_NOT_ETAG);
        }
    }
}

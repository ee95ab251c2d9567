package org.letterflow.platform;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a request's {@code Origin} is foreign: a page of another site making a browser send a
 * state-changing call with the user's credentials. The application's own origin is the one the
 * request was addressed to ({@code Host}, whatever the scheme, so TLS ended at a proxy still
 * matches); the operator may name more ({@code LETTERFLOW_ALLOWED_ORIGINS}). No {@code Origin} at
 * all is a script or an old browser's same-origin call, not a foreign page; {@code null} (a
 * sandboxed frame, a file) is foreign.
 */
public final class Origins {

    private final Set<String> allowed;

    public Origins(String allowedOrigins) {
        this.allowed = allowedOrigins == null ? Set.of() : Arrays.stream(allowedOrigins.split(","))
                .map(String::strip).filter(o -> !o.isEmpty()).map(o -> o.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean foreign(String origin, String host) {
        if (origin == null) {
            return false;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(o)) {
            return false;
        }
        try {
            URI uri = URI.create(o);
            if (uri.getHost() == null || host == null) {
                return true;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            String h = host.strip().toLowerCase(Locale.ROOT);
            return !(authority.equals(h) || authority.equals(withoutDefaultPort(h, uri.getScheme())));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** "example.org:443" as a browser writes it for https: without the port. */
    private static String withoutDefaultPort(String host, String scheme) {
        if (("https".equals(scheme) && host.endsWith(":443")) || ("http".equals(scheme) && host.endsWith(":80"))) {
            return host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }
}

package org.letterflow.platform.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every page and API answer carries, set once here. Pages run PrimeFaces, whose
 * widgets are started by inline scripts and {@code eval} of Ajax updates: this policy lets them
 * through, and PrimeFaces' nonce mode ({@code primefaces.CSP} in web.xml) adds a second policy of
 * its own, {@code script-src 'self' 'nonce-…'}, which the browser enforces as well — so on pages only
 * our files and PrimeFaces' nonce'd scripts run. (Without that parameter this policy alone still
 * holds.) Everything else is locked to our origin: no plugin, no framing by anyone, no form posting
 * elsewhere, no foreign base URL. A file answer replaces the policy with its own sandbox
 * ({@link org.letterflow.document.FileAnswer}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!staticResource(request)) {
            // letters, their files and their numbers: nothing a shared computer's cache should keep
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** PrimeFaces' scripts, styles and pictures: the same for everyone, cacheable. */
    private static boolean staticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}

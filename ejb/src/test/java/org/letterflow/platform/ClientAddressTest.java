package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withNoProxyConfiguredTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", new ClientAddress(null).of("203.0.113.7", "198.51.100.1"));
        assertEquals("203.0.113.7", new ClientAddress("").of("203.0.113.7", "198.51.100.1"));
    }

    @Test
    void aRequestNotFromATrustedProxyKeepsItsOwnAddress() {
        assertEquals("203.0.113.7", new ClientAddress("10.0.0.2").of("203.0.113.7", "198.51.100.1"));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheLastUntrustedHop() {
        ClientAddress proxies = new ClientAddress("10.0.0.2, 10.0.0.3");
        assertEquals("198.51.100.1", proxies.of("10.0.0.2", "198.51.100.1"));
        assertEquals("198.51.100.1", proxies.of("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.3"),
                "what the client wrote itself, left of the real hop, is not believed");
        assertEquals("10.0.0.2", proxies.of("10.0.0.2", null));
    }
}

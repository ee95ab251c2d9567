package org.letterflow.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.letterflow.it.clock.MovableClock;

/**
 * The built WAR deployed on Payara Micro, tested from outside as a client or a browser would:
 * every integration test class extends this and uses {@link #base}. The WAR is deployed once for
 * the whole run (arquillian.xml names this class to the suite extension), so a test must not
 * count on a server nobody else has used: it makes its own users and letters, as it always had
 * to with the shared database.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

    @ArquillianResource
    protected URL base;

    /**
     * The WAR exactly as the build made it, so the tests run against what ships, plus one test-only
     * package: the movable clock ({@link MovedClock}), which replaces the system clock for the whole
     * application and stays the system clock until a test moves it.
     */
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("letterflow.war", "target/letterflow.war")))
                .addPackage(MovableClock.class.getPackage());
    }
}

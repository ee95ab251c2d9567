package org.letterflow.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build made it: tests run against what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive letterflow() {
        File war = new File(System.getProperty("letterflow.war", "target/letterflow.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}

package org.ariadne.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The one test deployment: the WAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive ariadne() {
        File war = new File("target/ariadne.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (mvn verify): target/ariadne.war is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}

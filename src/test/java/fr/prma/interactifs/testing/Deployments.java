package fr.prma.interactifs.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the Arquillian tests: the application's real WAR, as the build made it, plus only
 * what lets Arquillian's runner in. Each deployment boots its own Payara Micro: share them.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        String war = System.getProperty("interactifs.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("The WAR is not built: run the integration tests with 'mvn verify' ("
                    + "system property interactifs.war = " + war + ")");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
                .addClasses(Deployments.class, ErrorProbeServlet.class, TimeTravel.class, TestPeople.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                        .addAsManifestResource("arquillian-runner-web-fragment.xml", "web-fragment.xml"));
    }
}

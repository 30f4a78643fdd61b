package fr.prma.interactifs.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.prma.interactifs.directory.entity.Activity;
import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.directory.service.DirectoryEntry;
import fr.prma.interactifs.directory.service.DirectoryFilter;
import fr.prma.interactifs.directory.service.OrganisationDetails;
import fr.prma.interactifs.directory.service.OrganisationDirectory;
import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.directory.service.PersonSummary;
import fr.prma.interactifs.directory.service.SynchronisationReport;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySeat;
import fr.prma.interactifs.security.AppRole;
import fr.prma.interactifs.security.SignedInIdentity;
import fr.prma.interactifs.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

/**
 * Inside Payara Micro, on the configured database: the migrations have run, recording a sign-in writes the
 * person, their organisation and their seats as Keycloak described them, and a synchronisation with
 * Keycloak's directory adds, updates and retires people, and the directory ("Annuaire") filters organisations.
 * Each test signs in a person of its own (random subject), so the tests do not depend on each other
 * or on what an earlier run left in the database.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(DirectoryServicesIT.class);
    }

    @EJB
    private PeopleDirectory people;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private OrganisationDirectory directory;

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private static SignedInIdentity identity(String subject, String firstName, Optional<String> organisationGroup,
                                             Map<BodyCode, Set<BodyRole>> seats) {
        return new SignedInIdentity(subject, firstName.toLowerCase() + ".test", firstName, "Essai",
                firstName.toLowerCase() + "@demo.les-interactifs.example", EnumSet.of(AppRole.MEMBER),
                organisationGroup, seats);
    }

    @Test
    void migrationsCreateTheSchemaAndSeedTheCluster() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"),
                    column(statement, "select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                            + " and \"version\" is not null order by \"installed_rank\""));
            assertEquals(List.of("7"), column(statement, "select count(*) from organisation where kind = 'MEMBER_STRUCTURE'"));
            assertEquals(List.of("12"), column(statement, "select count(*) from organisation where kind = 'PARTNER'"));
            assertEquals(List.of("PRMA - Pôle Régional des Musiques Actuelles de Poitou-Charentes"),
                    column(statement, "select name from organisation where kind = 'COORDINATION'"));
            assertEquals(List.of("Groupe de travail resserré", "Réunion départementale", "Comité de pilotage"),
                    column(statement, "select name from body order by display_order"));
        }
    }

    @Test
    void firstSignInCreatesThePersonWithOrganisationAndSeats() {
        PersonSummary person = people.recordSignIn(identity(UUID.randomUUID().toString(), "Marc",
                Optional.of("/structures/upcp-metive"),
                Map.of(BodyCode.STEERING_COMMITTEE, Set.of(BodyRole.MEMBER, BodyRole.CHAIR),
                        BodyCode.DEPARTMENTAL_MEETING, Set.of(BodyRole.MEMBER))));

        assertEquals("Marc Essai", person.displayName());
        assertEquals("UPCP-Métive", person.organisationName());
        assertEquals(OrganisationKind.MEMBER_STRUCTURE, person.organisationKind());
        assertEquals(List.of(
                        new BodySeat(BodyCode.DEPARTMENTAL_MEETING, "Réunion départementale", Set.of(BodyRole.MEMBER)),
                        new BodySeat(BodyCode.STEERING_COMMITTEE, "Comité de pilotage",
                                Set.of(BodyRole.MEMBER, BodyRole.CHAIR))),
                memberships.seatsOf(person.id()));
    }

    @Test
    void nextSignInFollowsWhatKeycloakSaysNow() {
        String subject = UUID.randomUUID().toString();
        PersonSummary first = people.recordSignIn(identity(subject, "Lucie", Optional.of("/structures/trastaroots"),
                Map.of(BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER, BodyRole.SECRETARY),
                        BodyCode.STEERING_COMMITTEE, Set.of(BodyRole.MEMBER))));

        PersonSummary second = people.recordSignIn(identity(subject, "Lucienne",
                Optional.of("/partenaires/conseil-departemental-79"),
                Map.of(BodyCode.STEERING_COMMITTEE, Set.of(BodyRole.MEMBER))));

        assertEquals(first.id(), second.id());
        assertEquals("Lucienne Essai", second.displayName());
        assertEquals("Conseil départemental des Deux-Sèvres", second.organisationName());
        assertEquals(OrganisationKind.PARTNER, second.organisationKind());
        assertEquals(List.of(new BodySeat(BodyCode.STEERING_COMMITTEE, "Comité de pilotage", Set.of(BodyRole.MEMBER))),
                memberships.seatsOf(second.id()));
    }

    @Test
    void personInNoBodyAndNoKnownOrganisationIsRecordedAsSuch() {
        PersonSummary person = people.recordSignIn(identity(UUID.randomUUID().toString(), "Sarah",
                Optional.of("/structures/structure-inconnue"), Map.of()));

        assertNull(person.organisationName());
        assertTrue(memberships.seatsOf(person.id()).isEmpty());
        assertEquals(Optional.of(person), people.findSummary(person.id()));
    }

    @Test
    void synchronisationKnowsPeopleWhoNeverSignedInAndRetiresThoseWhoLeft() {
        String chair = UUID.randomUUID().toString();
        String secretary = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String leaving = UUID.randomUUID().toString();
        PersonSummary leaver = people.recordSignIn(identity(leaving, "Albane", Optional.of("/structures/le-camji"),
                Map.of(BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER))));

        SynchronisationReport report = people.synchroniseWithKeycloak(List.of(
                identity(member, "Zoé", Optional.of("/structures/boc-hall"),
                        Map.of(BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER))),
                identity(secretary, "Bastien", Optional.of("/structures/trastaroots"),
                        Map.of(BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER, BodyRole.SECRETARY))),
                identity(chair, "Yves", Optional.of("/coordination/prma"),
                        Map.of(BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER, BodyRole.CHAIR)))));

        assertEquals(3, report.accounts());
        assertEquals(3, report.added());
        assertTrue(report.retired() >= 1, report.toString());
        assertTrue(memberships.seatsOf(leaver.id()).isEmpty(), "who left Keycloak's groups loses the seat");
        assertEquals(Optional.of(leaver), people.findSummary(leaver.id()), "but keeps the record");
        List<String> workingGroup = memberships.membersOf(BodyCode.WORKING_GROUP).stream()
                .filter(m -> List.of("Yves Essai", "Bastien Essai", "Zoé Essai").contains(m.displayName()))
                .map(m -> m.displayName() + " " + m.organisationName()).toList();
        assertEquals(List.of("Yves Essai PRMA - Pôle Régional des Musiques Actuelles de Poitou-Charentes",
                "Bastien Essai Trastaroots", "Zoé Essai Boc'Hall"), workingGroup, "chair, secretary, then members");
    }

    @Test
    void directoryFiltersOrganisationsByKindAndActivity() {
        List<DirectoryEntry> partners = directory.search(new DirectoryFilter(null, OrganisationKind.PARTNER, null, null));
        assertEquals(12, partners.size());
        assertTrue(partners.stream().allMatch(entry -> entry.kind() == OrganisationKind.PARTNER));

        assertEquals(List.of("Conservatoire de Musiques et de Danses du Thouarsais", "Trastaroots", "UPCP-Métive"),
                directory.search(new DirectoryFilter(null, null, Activity.TEACHING, null)).stream()
                        .map(DirectoryEntry::name).toList());
    }

    @Test
    void directoryFindsAPersonByNameWithTheBodiesTheySitIn() {
        String firstName = "Ysaline" + UUID.randomUUID().toString().substring(0, 8);
        people.recordSignIn(identity(UUID.randomUUID().toString(), firstName, Optional.of("/structures/burkina-azza"),
                Map.of(BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER, BodyRole.SECRETARY))));

        List<DirectoryEntry> found = directory.search(
                new DirectoryFilter("  " + firstName.toUpperCase() + " essai ", null, null, BodyCode.WORKING_GROUP));

        assertEquals(List.of("Burkina Azza"), found.stream().map(DirectoryEntry::name).toList());
        DirectoryEntry.Member member = found.get(0).people().stream()
                .filter(person -> person.displayName().equals(firstName + " Essai")).findFirst().orElseThrow();
        assertEquals(List.of(new BodySeat(BodyCode.WORKING_GROUP, "Groupe de travail resserré",
                Set.of(BodyRole.MEMBER, BodyRole.SECRETARY))), member.seats());
        assertTrue(directory.search(new DirectoryFilter(firstName, OrganisationKind.PARTNER, null, null)).isEmpty());
        assertEquals(List.of("UPCP-Métive"), directory.search(new DirectoryFilter("METIVE", null, null, null)).stream()
                .map(DirectoryEntry::name).toList(), "accents and case are ignored");
    }

    @Test
    void onlyAdministratorsChangeAnOrganisation() {
        OrganisationDetails camji = directory.findDetails("le-camji").orElseThrow();

        assertThrows(EJBAccessException.class, () -> directory.describe(new OrganisationDetails(camji.slug(),
                camji.kind(), "Un autre nom", camji.legalForm(), camji.activities(), camji.version())));
        assertEquals("Le Camji", directory.findDetails("le-camji").orElseThrow().name());
    }

    @Test
    void readinessReportsTheDatabase() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(new URL(base.getProtocol(), base.getHost(),
                base.getPort(), "/"), "health/ready").openConnection();
        assertEquals(200, connection.getResponseCode());
        try (InputStream body = connection.getInputStream()) {
            String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"name\":\"database\",\"status\":\"UP\""), json);
        }
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

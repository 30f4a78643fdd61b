package fr.prma.interactifs.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.documents.search.ReaderAccess;
import fr.prma.interactifs.security.Actor;

class DocumentPolicyTest {

    private static final long WORKING_GROUP = 1;
    private static final long DEPARTMENTAL = 2;
    private static final long CAMJI = 10;
    private static final long TRASTAROOTS = 11;

    private final DocumentPolicy.Facts forEveryone = new DocumentPolicy.Facts(true, Set.of(), 100, CAMJI);
    private final DocumentPolicy.Facts forTheWorkingGroup =
            new DocumentPolicy.Facts(false, Set.of(WORKING_GROUP), 100, CAMJI);

    private static DocumentPolicy member(long personId, Long organisation, Long... bodies) {
        return new DocumentPolicy(new Actor(personId, false), Set.of(bodies), organisation, true);
    }

    @Test
    void everyoneReadsWhatIsOpenToTheWholeCluster() {
        assertTrue(member(5, TRASTAROOTS).canRead(forEveryone));
        assertTrue(new DocumentPolicy(new Actor(6, false), Set.of(), 30L, false).canRead(forEveryone),
                "partners too");
    }

    @Test
    void onlyMembersOfItsBodiesReadARestrictedDocument() {
        assertTrue(member(5, TRASTAROOTS, WORKING_GROUP).canRead(forTheWorkingGroup));
        assertFalse(member(5, TRASTAROOTS, DEPARTMENTAL).canRead(forTheWorkingGroup));
        assertFalse(member(5, TRASTAROOTS).canRead(forTheWorkingGroup));
        assertTrue(new DocumentPolicy(new Actor(7, true), Set.of(), null, false).canRead(forTheWorkingGroup),
                "administrators read everything");
    }

    @Test
    void partnersReadButDoNotDeposit() {
        DocumentPolicy partner = new DocumentPolicy(new Actor(6, false), Set.of(WORKING_GROUP), 30L, false);

        assertFalse(partner.canDeposit());
        assertFalse(partner.canDepositFor(Set.of()));
        assertTrue(member(5, CAMJI).canDeposit());
    }

    @Test
    void aDocumentIsRestrictedOnlyToBodiesItsDepositorSitsIn() {
        DocumentPolicy member = member(5, CAMJI, WORKING_GROUP);

        assertTrue(member.canDepositFor(Set.of()));
        assertTrue(member.canDepositFor(Set.of(WORKING_GROUP)));
        assertFalse(member.canDepositFor(Set.of(WORKING_GROUP, DEPARTMENTAL)));
        assertTrue(new DocumentPolicy(new Actor(7, true), Set.of(), null, false).canDepositFor(Set.of(DEPARTMENTAL)));
    }

    @Test
    void theDepositorTheirOrganisationAndAdministratorsChangeADocument() {
        assertTrue(member(100, TRASTAROOTS).canChange(forEveryone), "the depositor");
        assertTrue(member(5, CAMJI).canChange(forEveryone), "someone of the same organisation");
        assertFalse(member(5, TRASTAROOTS).canChange(forEveryone), "someone of another organisation");
        assertFalse(member(5, null).canChange(forEveryone), "someone of no organisation");
        assertTrue(new DocumentPolicy(new Actor(7, true), Set.of(), null, false).canChange(forEveryone));
    }

    @Test
    void nobodyChangesWhatTheyCannotRead() {
        assertFalse(member(5, CAMJI, DEPARTMENTAL).canChange(forTheWorkingGroup),
                "same organisation, but outside the body the document is restricted to");
    }

    @Test
    void theSearchIndexAppliesTheSameReadRule() {
        assertEquals(ReaderAccess.memberOf(Set.of(WORKING_GROUP)), member(5, CAMJI, WORKING_GROUP).readerAccess());
        assertTrue(new DocumentPolicy(new Actor(7, true), Set.of(), null, false).readerAccess().everything());
    }

    @Test
    void theImportServiceAccountReadsAndDepositsEverywhereButChangesOnlyItsOwn() {
        DocumentPolicy importer = new DocumentPolicy(new Actor(42, false, true), Set.of(), null, false);

        assertTrue(importer.canRead(forTheWorkingGroup));
        assertTrue(importer.canDepositFor(Set.of(WORKING_GROUP, DEPARTMENTAL)));
        assertTrue(importer.readerAccess().everything());
        assertFalse(importer.canChange(forEveryone));
        assertTrue(importer.canChange(new DocumentPolicy.Facts(true, Set.of(), 42, null)));
        assertFalse(importer.canEmptyBin());
    }

    @Test
    void theDepositorAndAdministratorsAskAgainForTheText() {
        assertTrue(member(100, TRASTAROOTS).canRetryExtraction(forEveryone), "the depositor");
        assertFalse(member(5, CAMJI).canRetryExtraction(forEveryone), "not the rest of their organisation");
        assertTrue(new DocumentPolicy(new Actor(7, true), Set.of(), null, false).canRetryExtraction(forEveryone));
    }

    @Test
    void onlyAdministratorsEmptyTheBin() {
        assertFalse(member(5, CAMJI).canEmptyBin());
        assertTrue(new DocumentPolicy(new Actor(7, true), Set.of(), null, false).canEmptyBin());
    }
}

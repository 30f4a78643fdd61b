package fr.prma.interactifs.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts of the bundles that vary with a number read right: "1 avis défavorable", "2 avis défavorables", never
 * "avis défavorable(s)". Each is formatted as the pages and services do, with MessageFormat and numbers.
 */
class FrenchTextsTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.ENGLISH);

    /** The keys whose text follows a count, and the arguments that hold counts (the others get 5). */
    static Stream<Arguments> countedKeys() {
        return Stream.of(
                Arguments.of("audit.meeting.convened", new int[] {0}),
                Arguments.of("attendance.quorum.expected", new int[] {0, 1, 2, 3}),
                Arguments.of("attendance.quorum.recorded", new int[] {0, 1, 2, 3}),
                Arguments.of("minutes.quorum.reached", new int[] {0, 1, 2}),
                Arguments.of("minutes.quorum.notReached", new int[] {0, 1, 2}),
                Arguments.of("workflow.paper.versionCount", new int[] {0}),
                Arguments.of("workflow.rule.quorumNotReached", new int[] {1}),
                Arguments.of("workflow.rule.noFavourableMajority", new int[] {0, 1}),
                Arguments.of("workflow.rule.noUnfavourableMajority", new int[] {0, 1}),
                Arguments.of("workflow.rule.majorityApproves", new int[] {0, 1}),
                Arguments.of("workflow.rule.notUnanimous", new int[] {0, 1}),
                Arguments.of("workflow.rule.unanimityStillPossible", new int[] {0, 1}),
                Arguments.of("notice.review.overdue.detail", new int[] {4}),
                Arguments.of("body.synchronise.done", new int[] {0, 1, 2}),
                Arguments.of("minutes.error.tooManyVotes", new int[] {1}),
                Arguments.of("document.index.running", new int[] {0}),
                Arguments.of("document.import.summary", new int[] {0, 2, 3, 4}),
                Arguments.of("document.import.counts", new int[] {0, 1, 2}),
                Arguments.of("document.import.audit.counts", new int[] {0, 1, 2}),
                Arguments.of("document.import.filesDone", new int[] {0}),
                Arguments.of("document.import.analysed", new int[] {1, 3, 4}),
                Arguments.of("workflow.circuit.step.days", new int[] {0}));
    }

    @ParameterizedTest
    @MethodSource("countedKeys")
    void aCountOfOneIsSingularAndACountOfTwoOrAThousandIsPlural(String key, int[] counted) {
        for (ResourceBundle bundle : List.of(FRENCH, ENGLISH)) {
            if (!bundle.containsKey(key) || bundle == ENGLISH && !ENGLISH.getString(key).contains("choice")) {
                continue;
            }
            for (int count : new int[] {0, 1, 2, 1000}) {
                String text = format(bundle, key, counted, count);
                assertFalse(text.contains("(s)") || text.contains("{"), key + ": " + text);
                if (count == 1) {
                    assertFalse(text.matches(".*\\b1 (membres|présents|représentés|avis favorables|défavorables"
                            + "|versions|comptes|documents|importés|doublons|refusés|fichiers|éléments|jours"
                            + "|members|files|items|days|duplicates|accounts|opinions)\\b.*"), key + ": " + text);
                }
            }
        }
    }

    @Test
    void opinionsAgreeWithTheirNumber() {
        assertEquals("Pas de majorité favorable : 1 avis favorable, 2 défavorables.",
                text("workflow.rule.noFavourableMajority", 1, 2));
        assertEquals("Pas de majorité favorable : 0 avis favorable, 1 défavorable.",
                text("workflow.rule.noFavourableMajority", 0, 1));
        assertEquals("Unanimité non atteinte : 2 avis favorables sur 1 000 membres.",
                text("workflow.rule.notUnanimous", 2, 1000));
        assertEquals("Quorum non atteint : 1 avis sur 1 membre, 1 requis.",
                text("workflow.rule.quorumNotReached", 1, 1, 1));
    }

    @Test
    void theQuorumSaysPresentAndRepresentedInTheRightNumber() {
        assertEquals("Quorum atteint : 1 présent et 0 représenté sur 2 membres (il en fallait 1, soit 50 %).",
                text("minutes.quorum.reached", 1, 0, 2, 1, 50));
        assertEquals("Quorum non atteint : 2 présents et 1 représenté sur 1 000 membres (il en fallait 500, soit 50 %).",
                text("minutes.quorum.notReached", 2, 1, 1000, 500, 50));
        assertEquals("D’après les réponses : 3 présents et 2 représentés sur 7 membres ; le quorum (50 %) demande "
                        + "1 membre présent ou représenté.",
                text("attendance.quorum.expected", 3, 2, 7, 1, 50));
    }

    @Test
    void countsOfThingsAgree() {
        assertEquals("Convocation envoyée à 1 membre", text("audit.meeting.convened", 1));
        assertEquals("Convocation envoyée à 12 membres", text("audit.meeting.convened", 12));
        assertEquals("1 version soumise", text("workflow.paper.versionCount", 1));
        assertEquals("2 versions soumises", text("workflow.paper.versionCount", 2));
        assertEquals("1 jour", text("workflow.circuit.step.days", 1));
        assertEquals("1 000 jours", text("workflow.circuit.step.days", 1000));
        assertEquals("1 fichier traité sur 3 : 1 importé, 0 doublon, 0 refusé", text("document.import.summary", 1, 3, 1, 0, 0));
        assertEquals("2 fichiers traités sur 3 : 1 importé, 1 doublon, 0 refusé", text("document.import.summary", 2, 3, 1, 1, 0));
        assertEquals("Le vote compte 3 voix, mais seul 1 membre est présent ou représenté.",
                text("minutes.error.tooManyVotes", 3, 1));
        assertEquals("1 version submitted", english("workflow.paper.versionCount", 1));
        assertEquals("3 versions submitted", english("workflow.paper.versionCount", 3));
    }

    @Test
    void aDecisionToldInASentenceIsANounNotAnInfinitive() {
        assertEquals("L’instance « Groupe de travail resserré » a statué sur votre note de position « Résidences » : "
                        + "approbation. La note est désormais : en examen.",
                text("notice.review.closed.detail", "Résidences", "Groupe de travail resserré",
                        FRENCH.getString("notice.review.outcome.APPROVE"), FRENCH.getString("workflow.status.IN_REVIEW"),
                        ""));
        for (String decision : List.of("APPROVE", "REQUEST_CHANGES", "REJECT")) {
            assertFalse(FRENCH.getString("notice.review.outcome." + decision).matches("\\p{L}+er\\b.*"), decision);
        }
    }

    @Test
    void aCirculatedDraftNoLongerSaysThatOnlySecretariesSeeIt() {
        assertTrue(FRENCH.getString("minutes.continue.intro").contains("seuls les secrétaires"));
        String circulated = text("minutes.continue.circulated", "15 janvier 2027");
        assertTrue(circulated.startsWith("Le brouillon est soumis aux participants jusqu’au 15 janvier 2027 : "),
                circulated);
        assertFalse(circulated.contains("seuls"), circulated);
    }

    @Test
    void anOpinionThatClosesTheStepDoesNotOfferToChangeIt() {
        assertTrue(FRENCH.getString("workflow.opinion.given").contains("vous pouvez le changer"));
        assertFalse(FRENCH.getString("workflow.opinion.givenAndClosed").contains("changer tant"));
        assertTrue(FRENCH.getString("workflow.opinion.givenAndClosed").contains("close"));
    }

    @Test
    void noTextOfEitherBundleLeavesItsPluralToTheReader() {
        for (ResourceBundle bundle : List.of(FRENCH, ENGLISH)) {
            for (String key : Collections.list(bundle.getKeys())) {
                assertFalse(bundle.getString(key).contains("(s)"), key + "=" + bundle.getString(key));
            }
        }
    }

    @Test
    void everyTextOfEitherBundleIsAValidMessageFormat() {
        for (ResourceBundle bundle : List.of(FRENCH, ENGLISH)) {
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                if (pattern.contains("{")) {
                    assertTrue(new MessageFormat(pattern, Locale.FRENCH).getFormats() != null, key);
                }
            }
        }
    }

    private static String format(ResourceBundle bundle, String key, int[] counted, int count) {
        Object[] arguments = new Object[10];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = 5;
        }
        for (int i : counted) {
            arguments[i] = count;
        }
        return readable(new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments));
    }

    static String text(String key, Object... arguments) {
        return readable(new MessageFormat(FRENCH.getString(key), Locale.FRENCH).format(arguments));
    }

    private static String english(String key, Object... arguments) {
        return readable(new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(arguments));
    }

    /** French groups thousands with a narrow no-break space: compared here as a plain space. */
    private static String readable(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}

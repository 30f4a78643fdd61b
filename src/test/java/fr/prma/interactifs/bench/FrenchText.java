package fr.prma.interactifs.bench;

import java.util.List;
import java.util.Random;

/**
 * French prose of the cluster's everyday writing (minutes, studies, watch notes), made from a fixed vocabulary by
 * a seeded random generator: the same seed gives the same text, so that the benchmarks' corpora, and their
 * queries, are the same from one run to the next. Words are drawn with a skewed frequency, as in real text: a few
 * are everywhere, most are rare.
 */
public final class FrenchText {

    /** Nouns, with their article, so that elisions ("l'association", "d'usagers") occur as in real text. */
    static final List<String> NOUNS = List.of(
            "la salle", "le concert", "l'association", "la mutualisation", "le festival", "la résidence",
            "l'artiste", "le public", "la programmation", "le budget", "la subvention", "le conseil départemental",
            "la région", "la coopération", "le territoire", "la formation", "l'emploi", "le bénévolat",
            "la billetterie", "la tournée", "l'enregistrement", "le studio", "la répétition", "le collectif",
            "la réunion", "le compte rendu", "la décision", "le comité de pilotage", "le groupe de travail",
            "la convention", "le partenariat", "l'étude", "la recherche", "l'université", "la veille",
            "le modèle économique", "la diffusion", "la création", "l'accompagnement", "la médiation",
            "l'éducation artistique", "la scène", "les musiques actuelles", "le conservatoire", "la sécurité",
            "l'accessibilité", "le matériel", "la sonorisation", "l'éclairage", "la technique", "le régisseur",
            "la communication", "le site", "la newsletter", "l'adhésion", "la cotisation", "le trésorier",
            "l'assemblée générale", "le rapport d'activité", "le bilan financier", "la saison", "le calendrier",
            "les habitants", "les jeunes", "le milieu rural", "la commune", "l'intercommunalité", "l'État",
            "la DRAC", "la Caisse des Dépôts", "le mécénat", "la fiscalité", "la licence d'entrepreneur",
            "le contrat", "la rémunération", "l'intermittence", "la prévention", "le risque auditif",
            "la transition écologique", "le transport", "l'hébergement", "la restauration", "le bar",
            "l'inclusion", "la parité", "la gouvernance", "la stratégie", "le plaidoyer", "la position",
            "l'influence", "la note", "le diagnostic", "l'enquête", "le questionnaire", "l'indicateur");

    static final List<String> VERBS = List.of(
            "présente", "propose", "mutualise", "accompagne", "finance", "organise", "prépare", "évalue",
            "soutient", "accueille", "renforce", "développe", "partage", "coordonne", "analyse", "réunit",
            "programme", "diffuse", "valorise", "consolide", "interroge", "examine", "adopte", "valide",
            "révise", "complète", "reporte", "engage", "transmet", "sollicite");

    static final List<String> ADJECTIVES = List.of(
            "départemental", "régional", "collectif", "partagé", "durable", "solidaire", "culturel", "musical",
            "technique", "financier", "rural", "local", "commun", "nouveau", "prochain", "annuel", "mutualisé",
            "accessible", "prioritaire", "expérimental", "innovant", "structurant", "public", "associatif");

    static final List<String> LINKS = List.of(
            "afin de garantir", "pour renforcer", "en lien avec", "dans le cadre de", "au service de",
            "avec le soutien de", "à la demande de", "en complément de", "au regard de", "malgré");

    private final Random random;

    public FrenchText(long seed) {
        this.random = new Random(seed);
    }

    /** One word of the list, the first ones much more often than the last (a Zipf-like draw). */
    private String pick(List<String> words) {
        double skewed = Math.pow(random.nextDouble(), 2.2);
        return words.get((int) (skewed * words.size()));
    }

    /** A sentence of about fifteen words, capitalised, ending with a full stop. */
    public String sentence() {
        String subject = pick(NOUNS);
        StringBuilder sentence = new StringBuilder(subject).append(' ').append(pick(VERBS)).append(' ')
                .append(pick(NOUNS)).append(' ').append(pick(ADJECTIVES));
        int links = random.nextInt(3);
        for (int i = 0; i < links; i++) {
            sentence.append(' ').append(pick(LINKS)).append(' ').append(pick(NOUNS));
        }
        if (random.nextInt(4) == 0) {
            sentence.append(" en ").append(2015 + random.nextInt(12));
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    /** A paragraph of that many sentences. */
    public String paragraph(int sentences) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            paragraph.append(i == 0 ? "" : " ").append(sentence());
        }
        return paragraph.toString();
    }

    /** A document's title: a noun and an adjective, sometimes a year. */
    public String title() {
        String noun = pick(NOUNS);
        String title = noun.substring(noun.indexOf(noun.startsWith("l'") ? '\'' : ' ') + 1) + " " + pick(ADJECTIVES);
        if (random.nextBoolean()) {
            title += " " + (2015 + random.nextInt(12));
        }
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /**
     * A search query as people type them: one, two or three words of the vocabulary (without their articles),
     * sometimes a phrase in quotes.
     */
    public String query() {
        int words = 1 + random.nextInt(3);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String noun = pick(NOUNS);
            String bare = noun.contains("'") ? noun.substring(noun.indexOf('\'') + 1)
                    : noun.substring(noun.indexOf(' ') + 1);
            query.append(i == 0 ? "" : " ").append(i == words - 1 && random.nextInt(3) == 0 ? pick(ADJECTIVES) : bare);
        }
        return words > 1 && random.nextInt(5) == 0 ? "\"" + query + "\"" : query.toString();
    }

    /** A number in [0, bound), from the same seeded sequence. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}

package fr.prma.interactifs.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * What {@code ./interactifs import} was asked to do: the folder, what every file is filed under, how many files
 * go at once, and where the application and Keycloak answer.
 *
 * @param folder      the folder whose files are imported, with its sub-folders
 * @param category    the category code every document is filed under
 * @param bodies      the codes of the bodies that may read the documents (none: the whole cluster)
 * @param concurrent  how many files are sent at once
 * @param limit       the most files deposited by this run (0: no limit)
 * @param application the application's address, ending with {@code /}
 * @param keycloak    Keycloak's address, ending with {@code /}
 * @param secret      the secret of the {@code interactifs-import} client
 * @param demoSecret  whether the secret is the realm's demo one (nothing else was given)
 */
public record ImportArguments(Path folder, String category, List<String> bodies, int concurrent, int limit,
        URI application, URI keycloak, String secret, boolean demoSecret) {

    /** The demo secret of the realm file: a real installation sets its own. */
    static final String DEMO_SECRET = "interactifs-import-demo-secret";
    static final String SECRET_VARIABLE = "INTERACTIFS_IMPORT_SECRET";
    static final int MOST_CONCURRENT = 4;

    private static final Set<String> CATEGORIES = Arrays.stream(DocumentCategory.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> BODIES = Arrays.stream(BodyCode.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    public ImportArguments {
        bodies = List.copyOf(bodies);
    }

    /** A command line that cannot be run, with what to change, in French. */
    public static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    static final String USAGE = String.join("\n",
            "Usage : ./interactifs import DOSSIER [options]",
            "Importe chaque fichier du dossier et de ses sous-dossiers dans la bibliothèque, par l'API et le",
            "compte de service interactifs-import. Les noms des sous-dossiers deviennent des mots-clés.",
            "Relancer la même commande reprend l'import : ce qui est déjà dans la bibliothèque (même contenu)",
            "est passé, ce qui avait échoué est retenté.",
            "",
            "Options :",
            "  --rubrique CODE     STRATEGIC_WATCH, INFLUENCE, ECONOMIC_MODELS, RESEARCH ou CLUSTER_LIFE (défaut)",
            "  --instances CODES   WORKING_GROUP, DEPARTMENTAL_MEETING, STEERING_COMMITTEE, séparés par des",
            "                      virgules : seules ces instances liront les documents (défaut : tout le pôle)",
            "  --simultanes N      fichiers envoyés à la fois, de 1 à " + MOST_CONCURRENT + " (défaut : 2)",
            "  --limite N          dépose au plus N fichiers, puis s'arrête (défaut : tous)",
            "  --application URL  adresse de l'application (défaut : http://localhost:$INTERACTIFS_PORT/, port 8080)",
            "  --keycloak URL      adresse de Keycloak (défaut : http://localhost:$INTERACTIFS_KEYCLOAK_PORT/, port 8180)",
            "  --secret SECRET     secret du client interactifs-import (ou la variable " + SECRET_VARIABLE + ")",
            "  --aide              affiche cette aide");

    /** Reads the command line; the environment gives the ports and the secret when the options do not. */
    static ImportArguments parse(List<String> args, Map<String, String> environment) throws Unusable {
        Path folder = null;
        String category = "CLUSTER_LIFE";
        List<String> bodies = List.of();
        int concurrent = 2;
        int limit = 0;
        String application = "http://localhost:" + environment.getOrDefault("INTERACTIFS_PORT", "8080") + "/";
        String keycloak = "http://localhost:" + environment.getOrDefault("INTERACTIFS_KEYCLOAK_PORT", "8180") + "/";
        String secret = environment.get(SECRET_VARIABLE);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (folder != null) {
                    throw new Unusable("Un seul dossier à la fois (reçu « " + folder + " » puis « " + arg + " »).");
                }
                folder = Path.of(arg);
                continue;
            }
            if (arg.equals("--aide") || arg.equals("--help")) {
                throw new Unusable(USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new Unusable("L'option " + arg + " attend une valeur.");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--rubrique" -> category = oneOf(value.strip().toUpperCase(Locale.ROOT), CATEGORIES, "Rubrique");
                case "--instances" -> bodies = bodies(value);
                case "--simultanes" -> concurrent = number(arg, value, 1, MOST_CONCURRENT);
                case "--limite" -> limit = number(arg, value, 1, Integer.MAX_VALUE);
                case "--application" -> application = address(arg, value);
                case "--keycloak" -> keycloak = address(arg, value);
                case "--secret" -> secret = value;
                default -> throw new Unusable("Option inconnue : " + arg + ". Voir ./interactifs import --aide.");
            }
        }
        if (folder == null) {
            throw new Unusable("Indiquez le dossier à importer.\n\n" + USAGE);
        }
        if (!Files.isDirectory(folder)) {
            throw new Unusable("« " + folder + " » n'est pas un dossier lisible.");
        }
        boolean demo = secret == null || secret.isBlank();
        return new ImportArguments(folder.toAbsolutePath().normalize(), category, bodies, concurrent, limit,
                URI.create(withSlash(application)), URI.create(withSlash(keycloak)), demo ? DEMO_SECRET : secret,
                demo);
    }

    private static List<String> bodies(String value) throws Unusable {
        List<String> codes = new ArrayList<>();
        for (String code : Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList()) {
            String body = oneOf(code.toUpperCase(Locale.ROOT), BODIES, "Instance");
            if (!codes.contains(body)) {
                codes.add(body);
            }
        }
        return codes;
    }

    private static String oneOf(String value, Set<String> known, String what) throws Unusable {
        if (!known.contains(value)) {
            throw new Unusable(what + " inconnue : « " + value + " ». Possibles : "
                    + String.join(", ", known.stream().sorted().toList()) + ".");
        }
        return value;
    }

    private static int number(String option, String value, int least, int most) throws Unusable {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new Unusable("L'option " + option + " attend un nombre entier de " + least
                + (most == Integer.MAX_VALUE ? " ou plus" : " à " + most) + " (reçu « " + value + " »).");
    }

    private static String address(String option, String value) throws Unusable {
        String address = value.strip();
        if (!address.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new Unusable("L'option " + option + " attend une adresse http:// ou https:// (reçu « " + value
                    + " »).");
        }
        return address;
    }

    private static String withSlash(String address) {
        return address.endsWith("/") ? address : address + "/";
    }
}

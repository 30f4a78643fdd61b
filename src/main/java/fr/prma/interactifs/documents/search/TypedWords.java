package fr.prma.interactifs.documents.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a person typed into a query over the title, tags, description and text of documents.
 *
 * <p>Every word, and every phrase between double quotes, must be found, in any of the fields: more words
 * narrow the search, as people expect from a library's search box, and stemming, accent folding and stop
 * words keep that forgiving. A match in the title counts most, then the tags, the description, the text. A
 * word the tokenizer splits ("procès-verbal", "e-mail") is searched as a phrase.
 *
 * <p>Only the operators people commonly type are understood: {@code OR} between two words or phrases (in
 * capitals) accepts either, {@code NOT} or a leading {@code -} excludes the next one, {@code AND} and a
 * leading {@code +} change nothing. Nothing else is syntax: brackets, colons, wildcards are characters the
 * analyzer drops, so no input can fail to parse or reach a field other than those searched, and an unpaired
 * double quote is ignored. Only the first {@value #MAX_TOKENS} words count, which keeps any query within
 * Lucene's limit of clauses.
 */
final class TypedWords {

    static final int MAX_TOKENS = 64;

    private static final List<Map.Entry<String, Float>> FIELD_BOOSTS = List.of(
            Map.entry(IndexFields.TITLE, 3f),
            Map.entry(IndexFields.TAGS, 2f),
            Map.entry(IndexFields.DESCRIPTION, 1.5f),
            Map.entry(IndexFields.TEXT, 1f));

    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[“”„«»]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Brackets around an operator ("AND(", "(OR") do not keep it from being one. */
    private static final Pattern BRACKETS = Pattern.compile("^[()\\[\\]{}]+|[()\\[\\]{}]+$");

    /** A word or a phrase as typed, and the operator written before it. */
    record Unit(String text, boolean phrase, boolean excluded, boolean orWithPrevious) {
    }

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    TypedWords(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
    }

    /**
     * The query of these words, or null when they hold nothing searchable (blank, punctuation, stop words
     * only), which callers treat as "every document".
     */
    Query parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<List<Query>> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        int tokens = 0;
        for (Unit unit : units(typed)) {
            int count = countTokens(unit.text());
            if (count == 0) {
                continue;
            }
            if (tokens + count > MAX_TOKENS) {
                break;
            }
            tokens += count;
            Query query = anyField(unit.text());
            if (unit.excluded()) {
                excluded.add(query);
            } else if (unit.orWithPrevious() && !required.isEmpty()) {
                required.get(required.size() - 1).add(query);
            } else {
                required.add(new ArrayList<>(List.of(query)));
            }
        }
        if (required.isEmpty() && excluded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (required.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (List<Query> alternatives : required) {
            query.add(alternatives.size() == 1 ? alternatives.get(0) : anyOf(alternatives), Occur.MUST);
        }
        for (Query exclusion : excluded) {
            query.add(exclusion, Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The words and phrases typed, in order, with their operators. */
    static List<Unit> units(String typed) {
        String normalised = TYPOGRAPHIC_QUOTES.matcher(typed).replaceAll("\"");
        String[] parts = normalised.split("\"", -1);
        boolean lastQuoteUnpaired = parts.length % 2 == 0;
        List<Unit> units = new ArrayList<>();
        boolean excludeNext = false;
        boolean orNext = false;
        for (int i = 0; i < parts.length; i++) {
            boolean phrase = i % 2 == 1 && !(lastQuoteUnpaired && i == parts.length - 1);
            if (phrase) {
                if (!parts[i].isBlank()) {
                    units.add(new Unit(parts[i].strip(), true, excludeNext, orNext));
                }
                excludeNext = false;
                orNext = false;
                continue;
            }
            String[] words = WHITESPACE.split(parts[i]);
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                boolean beforeQuote = w == words.length - 1 && i + 1 < parts.length && !parts[i].isEmpty()
                        && !Character.isWhitespace(parts[i].charAt(parts[i].length() - 1));
                switch (BRACKETS.matcher(word).replaceAll("")) {
                    case "" -> {
                        continue;
                    }
                    case "AND", "&&", "+" -> {
                        continue;
                    }
                    case "OR", "||" -> {
                        orNext = true;
                        continue;
                    }
                    case "NOT" -> {
                        excludeNext = true;
                        continue;
                    }
                    case "-" -> {
                        // Only right before a phrase ("-"rapport annuel""): a dash between words separates them.
                        excludeNext = beforeQuote;
                        continue;
                    }
                    default -> {
                        // handled below
                    }
                }
                boolean excluded = excludeNext || word.length() > 1 && word.startsWith("-");
                String text = word.length() > 1 && (word.startsWith("-") || word.startsWith("+"))
                        ? word.substring(1) : word;
                units.add(new Unit(text, false, excluded, orNext));
                excludeNext = false;
                orNext = false;
            }
        }
        return units;
    }

    private static Query anyOf(List<Query> alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(alternative -> any.add(alternative, Occur.SHOULD));
        return any.build();
    }

    /** The unit as a phrase (a single word is a one-word phrase) in any of the fields searched. */
    private Query anyField(String unit) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : FIELD_BOOSTS) {
            Query query = builder.createPhraseQuery(field.getKey(), unit);
            if (query != null) {
                fields.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
            }
        }
        return fields.build();
    }

    private int countTokens(String unit) {
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, unit)) {
            stream.reset();
            int count = 0;
            while (stream.incrementToken()) {
                count++;
            }
            stream.end();
            return count;
        } catch (IOException e) {
            // Analysing a string in memory does no input or output.
            throw new UncheckedIOException(e);
        }
    }
}

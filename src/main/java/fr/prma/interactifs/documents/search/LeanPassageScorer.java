package fr.prma.interactifs.documents.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks a text's passages as the highlighter's own scorer does, by its BM25-like parts (the weight of each
 * distinct term found in the passage, its frequency there, the passage's position), without the hash table the
 * default builds for every passage. A long text full of the words searched has hundreds of candidate passages,
 * and those tables were most of the memory a search allocated. A passage holds a few matches: counting
 * each distinct term by scanning them is cheaper than hashing them.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] frequenciesInDocument = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, frequenciesInDocument[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int j = 0; j < index; j++) {
            if (terms[j].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}

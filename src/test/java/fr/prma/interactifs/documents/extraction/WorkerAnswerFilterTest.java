package fr.prma.interactifs.documents.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/**
 * What a worker's answer may hold when this JVM reads it: Tika's metadata and the JDK's plain values pass;
 * any other class (the way in of a deserialisation gadget) and absurd nesting are refused; streams read
 * elsewhere in the JVM keep their own filter.
 */
class WorkerAnswerFilterTest {

    /** Stands for a class a gadget chain would need: serialisable, but no part of an answer. */
    static final class Foreign implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static byte[] serialised(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object readAsAnAnswer(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(WorkerAnswerFilter.ANSWER);
            return in.readObject();
        }
    }

    @Test
    void tikasMetadataWithTextAndNumbersIsReadBack() throws Exception {
        Metadata metadata = new Metadata();
        metadata.set("dc:title", "Bilan de la saison");
        metadata.set("X-TIKA:content", "Les salles ont mutualisé leurs techniciens.");
        List<Object> answer = new ArrayList<>(List.of(metadata, 42L, Map.of("pages", new int[] {1, 2})));

        Object read = readAsAnAnswer(serialised(answer));

        assertEquals("Bilan de la saison", ((Metadata) ((List<?>) read).get(0)).get("dc:title"));
    }

    @Test
    void aForeignClassIsRefused() throws Exception {
        Map<String, Object> answer = new HashMap<>(Map.of("texte", new Foreign()));

        assertThrows(InvalidClassException.class, () -> readAsAnAnswer(serialised(answer)));
    }

    @Test
    void absurdNestingIsRefused() throws Exception {
        List<Object> deep = new ArrayList<>();
        List<Object> level = deep;
        for (int i = 0; i < WorkerAnswerFilter.MAX_DEPTH + 5; i++) {
            List<Object> next = new ArrayList<>();
            level.add(next);
            level = next;
        }

        assertThrows(InvalidClassException.class, () -> readAsAnAnswer(serialised(deep)));
    }

    @Test
    void onlyStreamsReadByTikasPipesClientAreFiltered() {
        Info foreign = new Info(Foreign.class);

        assertEquals(ObjectInputFilter.Status.UNDECIDED, WorkerAnswerFilter.forAnswers(() -> false).checkInput(foreign),
                "elsewhere: read as without a filter");
        assertEquals(ObjectInputFilter.Status.REJECTED, WorkerAnswerFilter.forAnswers(() -> true).checkInput(foreign));
        assertEquals(ObjectInputFilter.Status.ALLOWED,
                WorkerAnswerFilter.forAnswers(() -> true).checkInput(new Info(Metadata.class)));
    }

    /** What the JDK asks a filter about: one class, at depth 1. */
    private record Info(Class<?> serialClass) implements ObjectInputFilter.FilterInfo {
        @Override
        public long arrayLength() {
            return -1;
        }

        @Override
        public long depth() {
            return 1;
        }

        @Override
        public long references() {
            return 1;
        }

        @Override
        public long streamBytes() {
            return 100;
        }
    }
}

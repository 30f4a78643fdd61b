package fr.prma.interactifs.testing;

import java.lang.reflect.Field;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * Entities for unit tests of domain rules, with the ids and names that the database would give them (the entities
 * themselves leave ids to JPA and bodies to the migrations).
 */
public final class Entities {

    private Entities() {
    }

    public static Person person(long id, String subject) {
        Person person = new Person(subject);
        set(Person.class, person, "id", id);
        return person;
    }

    public static Body body(long id, BodyCode code, String name) {
        try {
            var constructor = Body.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Body body = constructor.newInstance();
            set(Body.class, body, "id", id);
            set(Body.class, body, "code", code);
            set(Body.class, body, "name", name);
            return body;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity, with the id the database would have given it. */
    public static <T> T withId(T entity, long id) {
        set(entity.getClass(), entity, "id", id);
        return entity;
    }

    private static void set(Class<?> type, Object target, String field, Object value) {
        try {
            Field declared = type.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No field " + field + " in " + type, e);
        }
    }
}

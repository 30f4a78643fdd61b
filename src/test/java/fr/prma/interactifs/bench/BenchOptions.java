package fr.prma.interactifs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The options of {@code ./interactifs bench}: {@code --name value} pairs, each benchmark reading its own. */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static BenchOptions of(Map<String, String> values) {
        return new BenchOptions(values);
    }

    /** Reads {@code --name value} pairs; anything else is refused with the reason. */
    public static BenchOptions parse(List<String> arguments) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--") || i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Option attendue sous la forme --nom valeur : « " + argument + " ».");
            }
            values.put(argument.substring(2), arguments.get(++i));
        }
        return new BenchOptions(values);
    }

    public int integer(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.replace("_", ""));
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " attend un nombre entier positif (reçu : « " + value + " »).");
        }
    }

    /** A number of things, zero allowed (such as {@code --warmup 0}). */
    public int count(String name, int fallback) {
        return "0".equals(values.get(name)) ? 0 : integer(name, fallback);
    }

    /** A comma-separated list of positive integers, such as {@code --clients 1,8,32}. */
    public List<Integer> integers(String name, List<Integer> fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : value.split(",")) {
            numbers.add(BenchOptions.of(Map.of(name, part.trim())).integer(name, 1));
        }
        return numbers;
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    @Override
    public String toString() {
        return Arrays.toString(values.entrySet().toArray());
    }
}

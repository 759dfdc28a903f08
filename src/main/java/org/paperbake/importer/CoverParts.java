package org.paperbake.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads, from the cover an earlier import wrote, which seeds the document's parts came from:
 * {@code part_sources} when the cover holds several parts, else {@code source}.
 */
final class CoverParts {

    private static final String SEEDS = "seeds/";

    private CoverParts() {}

    /**
     * The seed file names of the parts the cover lists, in its order; none when the cover has no
     * readable front matter or names no seed. A name that is not a plain file name under
     * {@code seeds/} is left out, so a cover can't make the import read a file elsewhere.
     */
    static List<String> seeds(byte[] cover) {
        Optional<String> front = BodyHash.PageFile.read(cover).frontMatter();
        if (front.isEmpty()) {
            return List.of();
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(
                            front.get().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            java.nio.charset.StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            return List.of();
        }
        if (!(loaded instanceof Map<?, ?> map) || !"document".equals(map.get("type"))) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (map.get("part_sources") instanceof List<?> list) {
            list.forEach(item -> name(item).ifPresent(names::add));
        } else {
            name(map.get("source")).ifPresent(names::add);
        }
        return names.stream().distinct().toList();
    }

    private static Optional<String> name(Object value) {
        if (!(value instanceof String text) || !text.startsWith(SEEDS)) {
            return Optional.empty();
        }
        String name = text.substring(SEEDS.length());
        int anchor = name.indexOf('#');
        name = anchor >= 0 ? name.substring(0, anchor) : name;
        boolean plain = !name.isEmpty() && !name.startsWith(".") && name.indexOf('/') < 0 && name.indexOf('\\') < 0;
        return plain ? Optional.of(name) : Optional.empty();
    }
}

package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's CITATION.cff: valid Citation File Format 1.2.0, and citing what the cover says. */
class CitationFileTest {

    private static final String CFF = TestSites.read(TestSites.PROJECT.resolve("CITATION.cff"));

    @Test
    void citation_cff_is_valid_against_the_cff_1_2_0_schema() {
        assertEquals(List.of(), problems(CFF));
    }

    @Test
    void the_schema_check_fails_a_citation_file_that_is_not_valid() {
        List<String> problems = problems(CFF.replace("cff-version: 1.2.0", "cff-version: 1.1.0")
                .replace("  type: report", "  type: white-paper"));
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void the_preferred_citation_is_the_document_as_the_cover_describes_it() throws Exception {
        ContentFile cover = ContentReader.readAll(TestSites.PROJECT.resolve("content")).stream()
                .filter(file -> file.relativePath().equals("index.md"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> preferred = (Map<String, Object>) load(CFF).get("preferred-citation");
        Map<String, Object> facts = cover.frontMatter();

        assertEquals(facts.get("title"), preferred.get("title"));
        assertEquals(List.of(Map.of("name", facts.get("issuer"))), preferred.get("authors"));
        assertEquals(Map.of("name", facts.get("issuer")), preferred.get("institution"));
        assertEquals(facts.get("issued").toString(), preferred.get("date-published"));
        assertEquals(facts.get("source_url"), preferred.get("url"));
        String notes = (String) preferred.get("notes");
        assertFalse(notes.isEmpty());
        assertEquals(true, notes.contains((String) facts.get("holds")), notes);
    }

    private static List<String> problems(String cff) {
        try (InputStream schemaFile = CitationFileTest.class.getResourceAsStream("/cff/schema-1.2.0.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(schemaFile);
            JsonNode document = new ObjectMapper().valueToTree(load(cff));
            return schema.validate(document).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML as the CFF tools read it: dates as the YYYY-MM-DD text they are written as. */
    private static Map<String, Object> load(String cff) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(cff);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) datesAsText(loaded);
        return map;
    }

    private static Object datesAsText(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), datesAsText(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CitationFileTest::datesAsText).toList();
        }
        return value;
    }
}

package org.paperbake.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code generated: sha256:…} mark that lets a re-import tell a page it wrote from a page an
 * editor has changed since. The hash covers the body: every byte after the closing {@code ---} line
 * of the front matter.
 */
final class BodyHash {

    private static final Pattern GENERATED = Pattern.compile("(?m)^generated:\\s*sha256:([0-9a-f]{64})\\s*$");

    /** A paragraph identifier comment, as the UTF-8 bytes of {@code ¶} read one byte a char. */
    private static final Pattern IDENTIFIER =
            Pattern.compile("[ \\t]*<!--[ \\t]*\u00c2\u00b6[ \\t]*[0-9a-z]{1,16}[ \\t]*-->");

    private BodyHash() {}

    /** {@code sha256:} and the lower-case hex SHA-256 of {@code body}'s UTF-8 bytes. */
    static String of(String body) {
        return of(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of the body's bytes without its paragraph identifiers: giving paragraphs their
     * {@code <!-- ¶ … -->} comments ({@code ./paperbake ids repair}) is not an edit of the text.
     */
    static String of(byte[] body) {
        byte[] text = IDENTIFIER
                .matcher(new String(body, StandardCharsets.ISO_8859_1))
                .replaceAll("")
                .getBytes(StandardCharsets.ISO_8859_1);
        return hash(text);
    }

    private static String hash(byte[] body) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * A page file split at its front matter, read byte for byte: ISO-8859-1 maps each byte to one
     * char, so the body's hash is that of the exact bytes on disk whatever their encoding.
     *
     * @param frontMatter the front matter's text between the fences, or empty when the file has none
     * @param body the bytes after the closing fence line (the whole file when there is no front matter)
     */
    record PageFile(Optional<String> frontMatter, byte[] body) {

        /** The hash recorded in {@code generated:}, when the front matter has one. */
        Optional<String> recordedHash() {
            return frontMatter.map(GENERATED::matcher).filter(Matcher::find).map(m -> "sha256:" + m.group(1));
        }

        static PageFile read(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            Matcher opening = Pattern.compile("\\A---\\r?\\n").matcher(text);
            if (!opening.find()) {
                return new PageFile(Optional.empty(), bytes);
            }
            Matcher closing = Pattern.compile("(?m)^---[ \\t]*(\\r?\\n|\\z)").matcher(text);
            if (!closing.find(opening.end())) {
                return new PageFile(Optional.empty(), bytes);
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, closing.end(), bytes.length);
            return new PageFile(Optional.of(text.substring(opening.end(), closing.start())), body);
        }
    }
}

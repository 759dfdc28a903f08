package org.paperbake.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A file's text as the bytes it was read as, for the part of a {@link Memo} key that holds a page
 * a stage reads back from the staging folder: equal when the bytes are, hashed and compared as
 * bytes, and decoded only when the stage has to compute.
 *
 * <p>It is also the form of a page a {@code Memo} keeps to write again: encoding a page with the
 * quick compiler took as long as decoding it.
 *
 * <p>{@code serve} reads every page of the site again in three stages on every rebuild, and with
 * the quick compiler it runs with, decoding, hashing and comparing a 23 KB page as a {@code String}
 * took about 150 µs (those are intrinsics only in the optimising compiler), against about 2 µs for
 * CRC32C and {@link Arrays#equals(byte[], byte[])} of its bytes (issue 13).
 */
public final class Utf8Bytes {

    private final byte[] bytes;
    private final int hash;

    private Utf8Bytes(byte[] bytes) {
        this.bytes = bytes;
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        this.hash = (int) crc.getValue() * 31 + bytes.length;
    }

    /** The bytes of {@code file}. */
    public static Utf8Bytes read(Path file) throws IOException {
        return new Utf8Bytes(Files.readAllBytes(file));
    }

    /** {@code text} encoded once, for a result written again on every build that remembers it. */
    public static Utf8Bytes of(String text) {
        return new Utf8Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes}, which the caller no longer changes. */
    public static Utf8Bytes of(byte[] bytes) {
        return new Utf8Bytes(bytes);
    }

    /**
     * The bytes as UTF-8 text, decoded strictly as {@link Files#readString(Path)} does.
     *
     * @throws CharacterCodingException when they are not UTF-8 (a {@link
     *     java.nio.charset.MalformedInputException}, as {@code Files.readString} throws)
     */
    public String text() throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // The lenient decoder stands U+FFFD for what is not UTF-8; only then is the strict one needed,
        // to tell a replacement from a U+FFFD the text holds.
        if (text.indexOf('\uFFFD') >= 0) {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
        return text;
    }

    /**
     * As {@link #text}, for bytes an earlier stage wrote as UTF-8 itself (or refused): bytes that are
     * not UTF-8 are then a failing disk or a bug, not the user's input.
     */
    public String writtenText() {
        try {
            return text();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the bytes to {@code file}, replacing what it holds. */
    public void writeTo(Path file) throws IOException {
        Files.write(file, bytes);
    }

    /** Whether the text holds {@code part}: searched in the bytes, which UTF-8 makes the same question. */
    public boolean contains(String part) {
        byte[] sought = part.getBytes(StandardCharsets.UTF_8);
        if (sought.length == 0) {
            return true;
        }
        byte first = sought[0];
        for (int at = 0; at <= bytes.length - sought.length; at++) {
            if (bytes[at] == first && Arrays.equals(bytes, at, at + sought.length, sought, 0, sought.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof Utf8Bytes that && that.hash == hash && Arrays.equals(that.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return bytes.length + " bytes";
    }
}

package org.paperbake.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text a build holds from one stage to a later one, kept deflated: the Markdown bodies of every
 * content file and the search entries of every page are held at once, and on a 10,000-page site
 * they were 240 MB of a heap whose whole live data must stay well under a gigabyte. Deflate's
 * fastest level packs such prose to about a third and unpacks at hundreds of megabytes a second,
 * so a text read a few times a build costs milliseconds. A short text is kept as its UTF-8 bytes.
 *
 * <p>A value: two packed texts are equal when their texts are (the same text always packs to the
 * same bytes).
 */
public final class PackedText {

    /** Below this many UTF-8 bytes, deflating saves too little to be worth it. */
    private static final int SMALLEST_PACKED = 512;

    private final byte[] bytes;
    private final int length;
    private final boolean deflated;

    private PackedText(byte[] bytes, int length, boolean deflated) {
        this.bytes = bytes;
        this.length = length;
        this.deflated = deflated;
    }

    /** {@code text}, packed. */
    public static PackedText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < SMALLEST_PACKED) {
            return new PackedText(utf8, utf8.length, false);
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(utf8.length / 3 + 64);
            byte[] buffer = new byte[Math.min(utf8.length, 64 * 1024)];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            byte[] result = packed.toByteArray();
            return result.length < utf8.length
                    ? new PackedText(result, utf8.length, true)
                    : new PackedText(utf8, utf8.length, false);
        } finally {
            deflater.end();
        }
    }

    /** The text. */
    public String text() {
        if (!deflated) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes);
            byte[] utf8 = new byte[length];
            int done = 0;
            while (done < length) {
                int n = inflater.inflate(utf8, done, length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                done += n;
            }
            if (done != length) {
                throw new IllegalStateException("a packed text unpacked to " + done + " of its " + length + " bytes");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /** The text's length in UTF-8 bytes. */
    public int utf8Length() {
        return length;
    }

    /** Whether the text is empty. */
    public boolean isEmpty() {
        return length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedText that
                && length == that.length
                && deflated == that.deflated
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + length;
    }

    @Override
    public String toString() {
        return "PackedText[" + length + " bytes]";
    }
}

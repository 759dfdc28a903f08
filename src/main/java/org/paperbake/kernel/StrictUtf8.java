package org.paperbake.kernel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is reported where it is, never
 * replaced, so no character of a source is silently altered.
 */
public final class StrictUtf8 {

    /** The bytes are not UTF-8. */
    public static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        private final int byteOffset;

        NotUtf8(int byteOffset) {
            super("not UTF-8 at byte offset " + byteOffset);
            this.byteOffset = byteOffset;
        }

        /** Where the first sequence that is not UTF-8 starts. */
        public int byteOffset() {
            return byteOffset;
        }
    }

    private StrictUtf8() {}

    /** {@code bytes} as text. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NotUtf8(in.position());
        }
        return out.flip().toString();
    }
}

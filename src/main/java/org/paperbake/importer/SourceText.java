package org.paperbake.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.kernel.StrictUtf8;

/**
 * Turns the bytes of a seed into its lines, refusing anything that is not plain UTF-8 text.
 *
 * <p>CRLF, CR and LF line endings and a leading UTF-8 byte-order mark are accepted, so a file saved
 * on any system gives the same lines with the same numbers.
 */
final class SourceText {

    /** Problems about binary content stop after this many lines: one is enough to act on. */
    private static final int MAX_BINARY_PROBLEMS = 5;

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SourceText() {}

    /**
     * The lines of {@code bytes}, without line terminators; a final line terminator does not start
     * another line.
     *
     * @throws PaperbakeException.BadInput when the bytes are empty, binary or not UTF-8
     */
    static List<String> lines(byte[] bytes, Path file) {
        byte[] text = withoutByteOrderMark(bytes);
        List<Problem> problems = new ArrayList<>(binaryProblems(text, file));
        String decoded = decodeStrictly(text, file, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.BadInput("not a plain-text file", problems);
        }
        if (decoded.isBlank()) {
            throw new PaperbakeException.BadInput(
                    "empty file",
                    List.of(Problem.at(
                            file, 1, "the file is empty", "import the plain text of the white paper, saved as UTF-8")));
        }
        List<String> lines = new ArrayList<>(Arrays.asList(decoded.split("\r\n|\r|\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean marked = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BYTE_ORDER_MARK, 0, 3);
        return marked ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /**
     * Control bytes other than tab, line breaks and form feed mean the file is not text. Scanning
     * bytes works for UTF-8 because these values never occur inside a multi-byte sequence.
     */
    private static List<Problem> binaryProblems(byte[] text, Path file) {
        List<Problem> problems = new ArrayList<>();
        int lastLineReported = 0;
        for (int i = 0; i < text.length && problems.size() < MAX_BINARY_PROBLEMS; i++) {
            int b = text[i] & 0xFF;
            boolean control = (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
            int line = control ? lineOf(text, i) : 0;
            if (control && line != lastLineReported) {
                problems.add(Problem.at(
                        file,
                        line,
                        String.format("binary content: control byte 0x%02X", b),
                        "import the plain text of the white paper, not a word-processor, PDF or archive file"));
                lastLineReported = line;
            }
        }
        return problems;
    }

    /** Decodes with errors reported, not replaced, so no character of the source is silently altered. */
    private static String decodeStrictly(byte[] text, Path file, List<Problem> problems) {
        try {
            return StrictUtf8.decode(text);
        } catch (StrictUtf8.NotUtf8 e) {
            int offset = e.byteOffset();
            problems.add(Problem.at(
                    file,
                    lineOf(text, offset),
                    String.format("not valid UTF-8: byte 0x%02X at byte offset %d", text[offset] & 0xFF, offset),
                    "save the file as UTF-8 (it may be in GBK, Latin-1 or another encoding)"));
            return "";
        }
    }

    /** The 1-based line holding byte {@code offset}, counting CRLF, CR and LF each as one break. */
    private static int lineOf(byte[] text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            boolean crlf = text[i] == '\r' && i + 1 < text.length && text[i + 1] == '\n';
            if (text[i] == '\n' || (text[i] == '\r' && !crlf)) {
                line++;
            }
        }
        return line;
    }
}

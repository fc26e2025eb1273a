package kz.etalon.problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that can say where a file stops being UTF-8, so the error names a line. */
public final class TextBytes {

    private TextBytes() {
    }

    /** The text, or empty if any byte sequence is not UTF-8. A leading byte order mark is dropped. */
    public static Optional<String> utf8(byte[] bytes) {
        return decodeUtf8(bytes).text();
    }

    /** The line (from 1) of the first byte that is not part of valid UTF-8, or 0 if every byte is. */
    public static int firstNonUtf8Line(byte[] bytes) {
        return decodeUtf8(bytes).badLine();
    }

    /** Whether the bytes start with a UTF-16 byte order mark, as Excel's "Unicode text" does. */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private record Decoded(Optional<String> text, int badLine) {
    }

    private static Decoded decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(Optional.empty(), line);
        }
        String text = out.flip().toString();
        return new Decoded(Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text), 0);
    }
}

package org.ismsassessor.snapshot;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The UTF-8 check Jackson's parser leaves out: it refuses most bad UTF-8 itself, but decodes overlong forms
 * ({@code C0 AF} as '/', a classic way to smuggle a character past a filter) and sequences beyond U+10FFFF. A strict
 * decoder (malformed input reported, never replaced) finds the first such sequence, reported at the JSON path of the
 * value that holds it.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The offset of the first byte of the first sequence that is not well-formed UTF-8, or -1. */
    static int firstMalformed(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        if (i == bytes.length) {
            return -1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                return result.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** The bytes of the malformed sequence at an offset, for the message: {@code 0xC0 0xAF}. */
    static String sequenceAt(byte[] bytes, int offset) {
        StringBuilder shown = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + 4); i++) {
            if (i > offset && (bytes[i] & 0xC0) != 0x80) {
                break;
            }
            shown.append(i > offset ? " " : "").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return shown.toString();
    }

    /** "line L, column C" of a byte offset, both from 1, the column in bytes. */
    static String location(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    /** The JSON path of the value (or of the object whose field name) holding the byte at an offset. */
    static String pathAt(JsonMapper mapper, byte[] bytes, int offset) {
        String path = "$";
        try (JsonParser parser = mapper.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser.currentTokenLocation().getByteOffset() > offset) {
                    break;
                }
                path = pathOf(parser.streamReadContext(), token == JsonToken.PROPERTY_NAME);
            }
        } catch (RuntimeException e) {
            // The path found so far is the nearest.
        }
        return path;
    }

    private static String pathOf(TokenStreamContext innermost, boolean readingName) {
        ArrayDeque<String> segments = new ArrayDeque<>();
        boolean first = true;
        for (TokenStreamContext context = innermost; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                segments.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.currentName() != null && !(first && readingName)) {
                segments.push("." + context.currentName());
            }
            first = false;
        }
        return "$" + String.join("", segments);
    }
}

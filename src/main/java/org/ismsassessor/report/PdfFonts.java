package org.ismsassessor.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts of the PDF: DejaVu Sans, bundled (Latin, Greek, Cyrillic, and much more), embedded as subsets so a
 * client's names print as written on any machine; for characters it lacks (Chinese, Japanese, Korean...), TrueType
 * fonts found on this system that have them, as fallbacks. What no font can show is replaced by U+FFFD (never by
 * the renderer's '#') and named in a warning.
 */
final class PdfFonts {
    /** The family the report's style sheet asks for. */
    static final String FAMILY = "DejaVu Sans";
    static final String MONO_FAMILY = "DejaVu Sans Mono";
    /** What a character no font has is printed as. */
    static final char REPLACEMENT = '\uFFFD';

    private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final List<Face> BUNDLED = List.of(
            new Face("DejaVuSans.ttf", FAMILY, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", FAMILY, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", FAMILY, 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", FAMILY, 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", MONO_FAMILY, 400, FontStyle.NORMAL));
    /** Where operating systems keep their fonts; searched only when a report has characters DejaVu Sans lacks. */
    private static final List<String> SYSTEM_FONT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
            System.getProperty("user.home") + "/.fonts", System.getProperty("user.home") + "/.local/share/fonts",
            "/Library/Fonts", "/System/Library/Fonts", "C:\\Windows\\Fonts");

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static volatile CmapLookup bundledCmap;
    private static volatile List<Path> systemFonts;

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    /** The fonts one report needs: the bundled ones, system fallbacks, and the characters none can show. */
    record Plan(List<Path> fallbacks, Set<Integer> missing) {
    }

    private PdfFonts() {
    }

    /** Decides the fonts for a report whose text is {@code text}. */
    static Plan plan(String text) {
        Set<Integer> uncovered = new TreeSet<>();
        text.codePoints().filter(PdfFonts::printable).filter(cp -> !covers(bundledCmap(), cp)).forEach(uncovered::add);
        if (uncovered.isEmpty()) {
            return new Plan(List.of(), Set.of());
        }
        // Each system font is opened in turn until the characters are covered, and closed again.
        List<Path> used = new ArrayList<>();
        Set<Integer> missing = new TreeSet<>(uncovered);
        for (Path file : systemFonts()) {
            if (missing.isEmpty()) {
                break;
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                if (missing.removeIf(cp -> covers(cmap, cp))) {
                    used.add(file);
                }
            } catch (IOException | RuntimeException e) {
                // not a font this renderer can use
            }
        }
        return new Plan(List.copyOf(used), Set.copyOf(missing));
    }

    /** Registers the bundled faces and the plan's fallbacks with the renderer. */
    static void register(PdfRendererBuilder builder, Plan plan) {
        for (Face face : BUNDLED) {
            byte[] bytes = bytes(face.file());
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
        int n = 0;
        for (Path fallback : plan.fallbacks()) {
            builder.useFont(fallback.toFile(), "Fallback " + (++n), 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
    }

    /** The text with every character no font can show replaced by U+FFFD. */
    static String replaceMissing(String text, Set<Integer> missing) {
        if (missing.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (missing.contains(cp)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The characters, as written and with their code points: "日 (U+65E5), 本 (U+672C)". */
    static String describe(Set<Integer> codePoints) {
        List<String> parts = new ArrayList<>();
        for (int cp : new TreeSet<>(codePoints)) {
            parts.add(new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")");
        }
        return String.join(", ", parts);
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != REPLACEMENT
                && type != Character.FORMAT && type != Character.SPACE_SEPARATOR && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE;
    }

    private static boolean covers(CmapLookup cmap, int cp) {
        return cmap != null && cmap.getGlyphId(cp) > 0;
    }

    private static CmapLookup bundledCmap() {
        if (bundledCmap == null) {
            bundledCmap = cmap(bytes(BUNDLED.get(0).file()));
        }
        return bundledCmap;
    }

    private static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled font " + DIR + f + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static CmapLookup cmap(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return font.getUnicodeCmapLookup(false);
        } catch (IOException | RuntimeException e) {
            return null; // not a font this renderer can use
        }
    }

    /** The TrueType fonts of this system, in a stable order (by path), listed once. */
    private static List<Path> systemFonts() {
        if (systemFonts == null) {
            List<Path> found = new ArrayList<>();
            for (String dir : SYSTEM_FONT_DIRS) {
                Path root = Path.of(dir);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root, 6)) {
                    files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
                            .sorted().forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    // a folder we cannot read holds no font for us
                }
            }
            systemFonts = List.copyOf(found);
        }
        return systemFonts;
    }
}

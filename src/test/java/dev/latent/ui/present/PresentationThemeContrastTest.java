package dev.latent.ui.present;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The projection themes meet WCAG's enhanced contrast (AAA, 7:1) for every text colour on the background
 * it is drawn on. Colours are read from presentation.css itself, so editing a colour re-checks it.
 */
class PresentationThemeContrastTest {

    /** Text colour variable and the background variable it is drawn on, in every theme. */
    private static final List<String[]> PAIRS = List.of(
            new String[]{"-present-fg", "-present-bg"},
            new String[]{"-present-muted-fg", "-present-bg"},
            new String[]{"-present-accent-fg", "-present-bg"},
            new String[]{"-present-warn-fg", "-present-bg"},
            new String[]{"-present-hit-fg", "-present-hit-bg"},
            new String[]{"-present-overlay-fg", "-present-overlay-bg"});

    private static String css() throws IOException {
        try (InputStream in = PresentationThemeContrastTest.class.getResourceAsStream("/dev/latent/ui/present/presentation.css")) {
            assertNotNull(in, "presentation.css on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The looked-up colours declared in the {@code .projection.THEME} block. */
    private static Map<String, String> themeColours(String css, String theme) {
        Matcher block = Pattern.compile("\\.projection\\." + theme + "\\s*\\{([^}]*)}").matcher(css);
        assertTrue(block.find(), "theme block ." + theme);
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher declaration = Pattern.compile("(-present-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(block.group(1));
        while (declaration.find()) colours.put(declaration.group(1), declaration.group(2));
        return colours;
    }

    /** WCAG 2.x relative luminance of an sRGB colour such as #1a2b3c. */
    static double relativeLuminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    static double contrast(String a, String b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void contrastFormulaMatchesWcagReferenceValues() {
        // Known values: black on white is 21:1, identical colours 1:1, #777777 on white about 4.48:1.
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#3a7bd5", "#3a7bd5"), 1e-9);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
    }

    @Test
    void everyTextColourInBothThemesHasContrastOfAtLeastSevenToOne() throws IOException {
        String css = css();
        for (String theme : List.of("light", "dark")) {
            Map<String, String> colours = themeColours(css, theme);
            for (String[] pair : PAIRS) {
                String fg = colours.get(pair[0]);
                String bg = colours.get(pair[1]);
                assertNotNull(fg, theme + " declares " + pair[0]);
                assertNotNull(bg, theme + " declares " + pair[1]);
                double ratio = contrast(fg, bg);
                assertTrue(ratio >= 7.0, theme + ": " + pair[0] + " " + fg + " on " + pair[1] + " " + bg + " is only " + ratio + ":1");
            }
        }
    }

    @Test
    void projectionTextOnlyUsesCheckedColours() throws IOException {
        // Every text fill and background in a .projection rule is a checked variable (or the blanking colours),
        // so no unchecked colour can sneak onto the projection.
        String css = css();
        Map<String, Integer> seen = new HashMap<>();
        Matcher rule = Pattern.compile("([^{}]*\\.projection[^{}]*)\\{([^}]*)}").matcher(css);
        List<String> checkedText = PAIRS.stream().map(p -> p[0]).toList();
        List<String> checkedBackgrounds = PAIRS.stream().map(p -> p[1]).toList();
        while (rule.find()) {
            String selector = rule.group(1).trim();
            if (selector.matches("\\.projection\\.(light|dark)")) continue;
            Matcher fill = Pattern.compile("-fx-text-fill\\s*:\\s*([^;]+);").matcher(rule.group(2));
            while (fill.find()) {
                assertTrue(checkedText.contains(fill.group(1).trim()), selector + " uses unchecked text colour " + fill.group(1));
                seen.merge("text", 1, Integer::sum);
            }
            Matcher background = Pattern.compile("-fx-background-color\\s*:\\s*([^;]+);").matcher(rule.group(2));
            while (background.find()) {
                String value = background.group(1).trim();
                boolean blank = selector.contains(".blank-") && value.matches("#000000|#ffffff");
                assertTrue(checkedBackgrounds.contains(value) || value.equals("transparent") || blank,
                        selector + " uses unchecked background " + value);
            }
        }
        assertTrue(seen.getOrDefault("text", 0) >= 5, "the rules were found");
    }
}

package dev.latent.interchange;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTML in and out of Anki fields, treated strictly as text. Deck text going out is escaped so that nothing
 * in it can become markup; HTML coming in is reduced to text (tags dropped, the content of script and style
 * elements dropped too, entities decoded) and never rendered or run.
 */
public final class HtmlText {

    /** A piece of text from an HTML field: a paragraph/line, or an item of a list. */
    public record Block(String text, boolean listItem) {
    }

    private static final Set<String> LINE_BREAKING = Set.of("p", "div", "ul", "ol", "dl", "dt", "dd", "tr",
            "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article");
    /** Elements whose content is not text for a reader: dropped with their content. */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "noscript",
            "iframe", "object", "svg", "math", "head", "title");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("thinsp", " "), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"),
            Map.entry("times", "\u00D7"), Map.entry("divide", "\u00F7"), Map.entry("minus", "\u2212"),
            Map.entry("plusmn", "\u00B1"), Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"),
            Map.entry("ne", "\u2260"), Map.entry("asymp", "\u2248"), Map.entry("infin", "\u221E"),
            Map.entry("deg", "\u00B0"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("rarr", "\u2192"),
            Map.entry("larr", "\u2190"), Map.entry("harr", "\u2194"), Map.entry("rArr", "\u21D2"),
            Map.entry("sum", "\u2211"), Map.entry("prod", "\u220F"), Map.entry("radic", "\u221A"),
            Map.entry("part", "\u2202"), Map.entry("nabla", "\u2207"), Map.entry("isin", "\u2208"),
            Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"), Map.entry("gamma", "\u03B3"),
            Map.entry("delta", "\u03B4"), Map.entry("epsilon", "\u03B5"), Map.entry("theta", "\u03B8"),
            Map.entry("lambda", "\u03BB"), Map.entry("mu", "\u03BC"), Map.entry("pi", "\u03C0"),
            Map.entry("sigma", "\u03C3"), Map.entry("phi", "\u03C6"), Map.entry("omega", "\u03C9"),
            Map.entry("Delta", "\u0394"), Map.entry("Sigma", "\u03A3"), Map.entry("Omega", "\u03A9"));

    private HtmlText() {
    }

    /** Deck text as HTML that shows exactly that text: markup characters become entities (jsoup), line ends {@code <br>}. */
    public static String escape(String text) {
        String escaped = org.jsoup.nodes.Entities.escape(text);
        // A literal tab would collapse into a space; line ends of any kind become breaks.
        return escaped.replace("\t", "&#9;").replace("\r\n", "<br>").replace("\r", "<br>").replace("\n", "<br>");
    }

    /** The text of an HTML fragment, one line per paragraph, line break or list item. */
    public static String toText(String html) {
        StringBuilder text = new StringBuilder();
        for (Block block : toBlocks(html)) {
            if (!text.isEmpty()) text.append('\n');
            text.append(block.text());
        }
        return text.toString();
    }

    /**
     * Splits an HTML fragment into text blocks: {@code <br>}, {@code <p>}, {@code <div>} and the like end a
     * line, {@code <li>} makes a list item; every other tag is dropped, and script, style and similar
     * elements are dropped with their content. Whitespace runs collapse to one space, as a browser shows them.
     * Parsed by jsoup (an HTML5 parser, linear in the input), so broken or hostile markup costs no more than
     * its length.
     */
    public static List<Block> toBlocks(String html) {
        // A raw tab is source whitespace and collapses; one that survives parsing came from &#9; and is kept.
        Element body = Jsoup.parseBodyFragment(html.replace('\t', ' ')).body();
        Blocks blocks = new Blocks();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    blocks.text(text.getWholeText(), true);
                } else if (node instanceof Element element && depth > 0) {
                    String name = element.normalName();
                    if (DROPPED_WITH_CONTENT.contains(name)) return FilterResult.SKIP_ENTIRELY;
                    boundary(name, true, blocks);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && depth > 0) boundary(element.normalName(), false, blocks);
                return FilterResult.CONTINUE;
            }
        }, body);
        blocks.endBlock();
        return blocks.done;
    }

    /** What the start ({@code opening}) or end of an element does to the blocks. */
    private static void boundary(String name, boolean opening, Blocks blocks) {
        if (name.equals("li")) {
            blocks.endBlock();
            blocks.item = opening;
        } else if (name.equals("br")) {
            if (!opening) return;
            if (blocks.item) blocks.space();
            else blocks.endBlock();
        } else if (LINE_BREAKING.contains(name)) {
            blocks.endBlock();
            if (name.equals("ul") || name.equals("ol")) blocks.item = false;
        } else if (name.equals("td") || name.equals("th")) {
            blocks.space();
        }
    }

    /** Accumulates the text of the current block, collapsing whitespace as HTML does. */
    private static final class Blocks {
        final List<Block> done = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        boolean item;
        boolean pendingSpace;

        void text(String text, boolean literal) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                // Source whitespace collapses, as a browser shows it; a tab written as &#9; is kept.
                boolean keptTab = literal && c == '\t';
                if (!keptTab && (Character.isWhitespace(c) || c == '\u00A0')) {
                    pendingSpace = true;
                } else if (keptTab || !Character.isISOControl(c)) {
                    if (pendingSpace && !current.isEmpty()) current.append(' ');
                    pendingSpace = false;
                    current.append(c);
                }
            }
        }

        void space() {
            pendingSpace = true;
        }

        void endBlock() {
            if (!current.isEmpty()) done.add(new Block(current.toString(), item));
            current.setLength(0);
            pendingSpace = false;
        }
    }

    /** The text of an entity body ({@code amp}, {@code #39}, {@code #x27}), or null when it is not one we know. */
    static String entity(String body) {
        if (body.startsWith("#")) {
            try {
                int codePoint = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT
                        || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    return "\uFFFD";
                }
                return new String(Character.toChars(codePoint));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(body);
    }
}

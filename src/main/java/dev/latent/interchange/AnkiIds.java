package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Anki's identifiers and checksums, computed as Anki computes them, so that re-importing an export updates
 * the same notes instead of duplicating them.
 */
public final class AnkiIds {

    /** Anki's base91 alphabet: letters, digits, then the printable ASCII that needs no quoting. */
    static final String BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    /** Anki's (rslib text.rs) tag and comment pattern: removed without leaving even a space. */
    private static final Pattern HTML = Pattern.compile(
            "<!--.*?-->|<style.*?>.*?</style>|<script.*?>.*?</script>|<.*?>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private AnkiIds() {
    }

    /**
     * A stable note guid for a question: the first 8 bytes of SHA-256 of {@code deckId + "__" + questionId}
     * as an unsigned number, written in Anki's base91 (the scheme genanki's {@code guid_for} uses).
     */
    public static String noteGuid(String deckId, String questionId) {
        byte[] hash = digest("SHA-256", deckId + "__" + questionId);
        return base91(new BigInteger(1, Arrays.copyOf(hash, 8)));
    }

    static String base91(BigInteger value) {
        BigInteger base = BigInteger.valueOf(BASE91.length());
        StringBuilder digits = new StringBuilder();
        BigInteger rest = value;
        while (rest.signum() > 0) {
            BigInteger[] qr = rest.divideAndRemainder(base);
            digits.append(BASE91.charAt(qr[1].intValue()));
            rest = qr[0];
        }
        return digits.reverse().toString();
    }

    /** Anki's {@code strip_html_preserving_media_filenames} for fields without media: what sfld and csum use. */
    public static String stripHtml(String fieldHtml) {
        String withoutTags = HTML.matcher(fieldHtml).replaceAll("");
        if (withoutTags.indexOf('&') < 0) return withoutTags;
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < withoutTags.length()) {
            char c = withoutTags.charAt(i);
            int semicolon = c == '&' ? withoutTags.indexOf(';', i) : -1;
            String decoded = semicolon > i + 1 && semicolon - i <= 12
                    ? HtmlText.entity(withoutTags.substring(i + 1, semicolon)) : null;
            if (decoded != null) {
                text.append(decoded);
                i = semicolon + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString().replace('\u00A0', ' ');
    }

    /** Anki's field checksum: the first 4 bytes (8 hex digits) of SHA-1 of the stripped first field. */
    public static long fieldChecksum(String firstFieldHtml) {
        byte[] hash = digest("SHA-1", stripHtml(firstFieldHtml));
        return Long.parseLong(HexFormat.of().formatHex(hash, 0, 4), 16);
    }

    static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }

    /** Guids a Latent export of each known deck gives its notes, to the deck and question ids they came from. */
    static Map<String, String[]> knownGuids(Collection<Deck> decks) {
        Map<String, String[]> guids = new HashMap<>();
        for (Deck deck : decks) {
            for (Question question : deck.questions()) {
                guids.put(noteGuid(deck.id(), question.id()), new String[]{deck.id(), question.id()});
            }
        }
        return guids;
    }
}

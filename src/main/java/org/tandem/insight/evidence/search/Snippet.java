package org.tandem.insight.evidence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a search matched: the field (such as "Quote" or "Indicator") and the text around the match, in pieces, the
 * matching words marked, so the page can highlight them without any HTML coming from stored text.
 */
public record Snippet(String field, List<Piece> pieces) {

    /** A run of text, highlighted when it is one of the words searched for. */
    public record Piece(String text, boolean match) {
    }

    private static final int AROUND = 80;

    public Snippet {
        pieces = List.copyOf(pieces);
    }

    /**
     * The field with the most of the words in it (the first such, in the order given), cut to about 160 characters
     * around the first match. Null when no field contains any of them.
     */
    public static Snippet find(Map<String, List<String>> fields, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<Pattern> each = words.stream()
                .map(w -> Pattern.compile(Pattern.quote(w), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        Pattern any = Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String bestField = null;
        String bestText = null;
        long bestCount = 0;
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            for (String text : field.getValue()) {
                if (text == null) {
                    continue;
                }
                String flat = text.replaceAll("\\s+", " ").strip();
                long count = each.stream().filter(p -> p.matcher(flat).find()).count();
                if (count > bestCount) {
                    bestField = field.getKey();
                    bestText = flat;
                    bestCount = count;
                }
            }
        }
        if (bestText == null) {
            return null;
        }
        Matcher first = any.matcher(bestText);
        first.find();
        return new Snippet(bestField, pieces(bestText, any, first.start()));
    }

    /** The whole of a short text, such as a title, with the words marked wherever they appear. */
    public static List<Piece> highlighted(String text, List<String> words) {
        if (words.isEmpty()) {
            return List.of(new Piece(text, false));
        }
        Pattern any = Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Piece> pieces = new ArrayList<>();
        Matcher m = any.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return List.copyOf(pieces);
    }

    private static List<Piece> pieces(String text, Pattern pattern, int firstMatch) {
        int from = Math.max(0, firstMatch - AROUND);
        int to = Math.min(text.length(), firstMatch + AROUND);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && firstMatch - from < AROUND + 20) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - firstMatch < AROUND + 20) {
            to++;
        }
        String window = text.substring(from, to);
        List<Piece> pieces = new ArrayList<>();
        if (from > 0) {
            pieces.add(new Piece("…", false));
        }
        Matcher m = pattern.matcher(window);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(window.substring(at, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < window.length()) {
            pieces.add(new Piece(window.substring(at), false));
        }
        if (to < text.length()) {
            pieces.add(new Piece("…", false));
        }
        return pieces;
    }
}

package com.wqs.adapter.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words written straight into a JTE template instead of coming from the message bundles: text
 * between tags and in the attributes people read or hear ({@code title}, {@code placeholder}, {@code alt},
 * {@code aria-label}…), once expressions, directives, comments, scripts and styles are taken out.
 */
final class TemplateText {
    private static final Pattern COMMENT = Pattern.compile("<%--.*?--%>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_DIRECTIVE = Pattern.compile("(?m)^\\s*@(import|param)\\b.*$");
    private static final Pattern BARE_DIRECTIVE = Pattern.compile("@(else|endif|endfor|raw|endraw)\\b");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPOKEN_ATTRIBUTE = Pattern.compile(
            "\\b(title|placeholder|alt|aria-label|aria-description|aria-roledescription|label|data-confirm)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}|\\p{L}(?=\\s|$)");
    private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");

    private TemplateText() {
    }

    /** The literal texts found, each as {@code line N: text}. */
    static List<String> literals(String template) {
        String text = blankOut(template, COMMENT);
        text = blankOut(text, SCRIPT_OR_STYLE);
        text = blankOut(text, LINE_DIRECTIVE);
        text = removeCode(text);
        text = blankOut(text, BARE_DIRECTIVE);
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        int last = 0;
        while (tag.find()) {
            check(text, last, tag.start(), text.substring(last, tag.start()), found);
            Matcher attribute = SPOKEN_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                check(text, tag.start(), tag.start() + attribute.start(), attribute.group(2), found);
            }
            last = tag.end();
        }
        check(text, last, text.length(), text.substring(last), found);
        return found;
    }

    private static void check(String text, int from, int to, String piece, List<String> found) {
        String words = ENTITY.matcher(piece).replaceAll(" ");
        if (WORD.matcher(words).find()) {
            int line = 1 + (int) text.substring(0, from).chars().filter(c -> c == '\n').count();
            found.add("line " + line + ": " + piece.strip().replaceAll("\\s+", " "));
        }
    }

    /** Blanks {@code ${…}}, {@code $unsafe{…}}, {@code !{…}} and {@code @if(…)}-like code, keeping newlines. */
    private static String removeCode(String text) {
        StringBuilder out = new StringBuilder(text);
        Pattern start = Pattern.compile("\\$unsafe\\{|\\$\\{|!\\{|@(if|elseif|for|template\\.[\\w.-]+)\\s*\\(");
        Matcher m = start.matcher(text);
        int from = 0;
        while (m.find(from)) {
            char open = text.charAt(m.end() - 1);
            char close = open == '{' ? '}' : ')';
            int depth = 1;
            int i = m.end();
            boolean inString = false;
            while (i < text.length() && depth > 0) {
                char c = text.charAt(i);
                if (c == '"' && text.charAt(i - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == open) {
                    depth++;
                } else if (!inString && c == close) {
                    depth--;
                }
                i++;
            }
            for (int j = m.start(); j < i; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            from = i;
        }
        return out.toString();
    }

    private static String blankOut(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package com.wqs.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown file (the README), in order, for the tests that run them. Every fence
 * must name its language ({@code ```bash}, {@code ```java}, {@code ```nginx} ...), so that no command block
 * escapes the test by having none. A shell block ({@code bash}, {@code sh}, {@code shell}) runs unless the
 * last non-blank line before its fence is {@code <!-- not run: REASON -->}. A fence may be indented (a
 * block inside a list item): its indentation is taken off every line of the block.
 */
record ReadmeBlocks(List<Block> blocks) {
    static final Set<String> SHELL = Set.of("bash", "sh", "shell");
    private static final Pattern OPEN = Pattern.compile("^( *)```(.*)$");
    private static final Pattern NOT_RUN = Pattern.compile("^\\s*<!-- not run: (.*\\S.*?)\\s*-->\\s*$");

    /**
     * One fenced block.
     *
     * @param line the 1-based line of its opening fence
     * @param notRun the reason it must not run, or null
     */
    record Block(int line, String language, String text, String notRun) {
        boolean runs() {
            return SHELL.contains(language) && notRun == null;
        }
    }

    /** Parses {@code markdown}; a fence without a language, or one left open, is an error naming its line. */
    static ReadmeBlocks parse(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        String lastText = "";
        for (int i = 0; i < lines.length; i++) {
            Matcher open = OPEN.matcher(lines[i]);
            if (!open.matches()) {
                if (!lines[i].isBlank()) {
                    lastText = lines[i];
                }
                continue;
            }
            int start = i;
            String indent = open.group(1);
            String language = open.group(2).strip();
            if (language.isEmpty()) {
                throw new IllegalArgumentException("line " + (start + 1) + ": a fenced block without a language "
                        + "(write ```bash, ```java, ```text ...)");
            }
            StringBuilder text = new StringBuilder();
            i++;
            while (i < lines.length && !lines[i].strip().equals("```")) {
                String line = lines[i];
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading())
                        .append('\n');
                i++;
            }
            if (i == lines.length) {
                throw new IllegalArgumentException("line " + (start + 1) + ": the fenced block is never closed");
            }
            Matcher notRun = NOT_RUN.matcher(lastText);
            blocks.add(new Block(start + 1, language, text.toString(), notRun.matches() ? notRun.group(1) : null));
            lastText = "";
        }
        return new ReadmeBlocks(List.copyOf(blocks));
    }

    List<Block> runnable() {
        return blocks.stream().filter(Block::runs).toList();
    }

    List<Block> shellBlocks() {
        return blocks.stream().filter(b -> SHELL.contains(b.language())).toList();
    }
}

package org.complaintrules.wording.internal;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.ReplyKind;
import org.complaintrules.api.RuleProblem;

/**
 * One reply template, {@code replies/<kind>_<lang>.txt}: a letter of one kind in one language, as
 * sections. The format is documented in the policy folder's {@code replies/README.md}.
 *
 * @param file the file name, relative to the policy folder
 * @param kind the kind of letter
 * @param language the language tag
 * @param sections the sections, in file order
 */
public record ReplyTemplate(String file, ReplyKind kind, String language, List<Section> sections) {
    /** The word that makes a section apply to vulnerable customers only. */
    public static final String VULNERABLE = "VULNERABLE";

    private static final Pattern HEADER = Pattern.compile("\\[\\s*([a-z]+)(?:\\s+([A-Za-z0-9_]+))?\\s*]\\s*");
    private static final Pattern OPTION = Pattern.compile("(when|clauses|after)\\s*:\\s*(.*)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> KINDS = Set.of("subject", "greeting", "closing", "step", "clause");

    /** Copies the list. */
    public ReplyTemplate {
        sections = List.copyOf(sections);
    }

    /**
     * One section of a template.
     *
     * @param kind {@code subject}, {@code greeting}, {@code closing}, {@code step} or {@code clause}
     * @param name the step or clause code; empty for the others
     * @param types the complainant types it applies to (primary type); empty for any
     * @param profiles the regulatory profiles it applies to; empty for any
     * @param vulnerableOnly whether it applies to vulnerable customers only
     * @param clauses the clause codes it carries (a clause section carries its own name first)
     * @param after for a clause section, the step it follows; empty to go after all steps
     * @param text the ICU message pattern
     * @param line the line of the header, 1-based
     * @param textLine the line the text starts on, 1-based
     */
    public record Section(
            String kind,
            String name,
            Set<ComplainantType> types,
            Set<RegulatoryProfile> profiles,
            boolean vulnerableOnly,
            List<String> clauses,
            String after,
            String text,
            int line,
            int textLine) {
        /** Copies the collections. */
        public Section {
            types = Set.copyOf(types);
            profiles = Set.copyOf(profiles);
            clauses = List.copyOf(clauses);
        }

        /**
         * @param type the primary complainant type
         * @param profile the regulatory profile
         * @param vulnerable whether the customer may be vulnerable
         * @return whether every condition holds
         */
        public boolean applies(ComplainantType type, RegulatoryProfile profile, boolean vulnerable) {
            return (types.isEmpty() || types.contains(type))
                    && (profiles.isEmpty() || profiles.contains(profile))
                    && (!vulnerableOnly || vulnerable);
        }

        /** @return how many kinds of condition it sets; the most specific applicable section wins */
        public int specificity() {
            return (types.isEmpty() ? 0 : 1) + (profiles.isEmpty() ? 0 : 1) + (vulnerableOnly ? 1 : 0);
        }

        /** @return whether its only conditions are on the regulatory profile */
        public boolean profileOnly() {
            return types.isEmpty() && !vulnerableOnly;
        }
    }

    /**
     * Reads a template; problems are added to {@code problems} with file and line.
     *
     * @param file the file name
     * @param kind the kind of letter
     * @param language the language tag
     * @param content the text
     * @param problems where problems go
     * @return the sections that could be read
     */
    public static ReplyTemplate parse(
            String file, ReplyKind kind, String language, String content, List<RuleProblem> problems) {
        List<Section> sections = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        Builder current = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int lineNo = i + 1;
            if (raw.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher h = HEADER.matcher(raw.strip());
            if (h.matches() && !KINDS.contains(h.group(1))) {
                // a misspelt header would otherwise be a line of the section before it, which is then
                // never the section it was meant to be
                String closest = closest(h.group(1), new TreeSet<>(KINDS));
                problems.add(new RuleProblem(
                        file,
                        lineNo,
                        "[" + h.group(1) + "] is no section header"
                                + (closest == null ? "" : "; did you mean [" + closest + "]?")
                                + " The headers: [subject], [greeting], [closing], [step CODE], [clause CODE]"));
                continue;
            }
            if (h.matches()) {
                if (current != null) {
                    current.finish(sections, problems);
                }
                current = new Builder(file, h.group(1), h.group(2) == null ? "" : h.group(2), lineNo);
                current.checkName(problems);
                continue;
            }
            if (current == null) {
                if (!raw.isBlank()) {
                    problems.add(
                            new RuleProblem(
                                    file,
                                    lineNo,
                                    "text before the first section; start with a header such as [subject] or [step ACKNOWLEDGE]"));
                }
                continue;
            }
            Matcher o = OPTION.matcher(raw.strip());
            if (current.text.isEmpty() && o.matches()) {
                current.option(o.group(1), o.group(2).strip(), lineNo, problems);
                continue;
            }
            if (current.text.isEmpty() && raw.isBlank()) {
                continue;
            }
            if (current.text.isEmpty()) {
                current.textLine = lineNo;
            }
            current.text.add(raw.stripTrailing());
        }
        if (current != null) {
            current.finish(sections, problems);
        }
        return new ReplyTemplate(file, kind, language, sections);
    }

    /**
     * @param kind the section kind
     * @param name the step or clause code, or empty
     * @return the sections of that kind and name, in file order
     */
    public List<Section> sections(String kind, String name) {
        return sections.stream()
                .filter(s -> s.kind().equals(kind) && s.name().equals(name))
                .toList();
    }

    /**
     * @param kind the section kind
     * @param name the step or clause code, or empty
     * @param type the primary complainant type
     * @param profile the regulatory profile
     * @param vulnerable whether the customer may be vulnerable
     * @return the most specific applicable section (the first of equals), or {@code null}
     */
    public Section choose(
            String kind, String name, ComplainantType type, RegulatoryProfile profile, boolean vulnerable) {
        Section best = null;
        for (Section s : sections(kind, name)) {
            if (s.applies(type, profile, vulnerable) && (best == null || s.specificity() > best.specificity())) {
                best = s;
            }
        }
        return best;
    }

    /**
     * @param word a word
     * @param known the words it may have meant to be
     * @return the known word within two edits of it (the closest; the first in order of equals), or
     *     {@code null}
     */
    public static String closest(String word, Iterable<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = EditDistance.between(word.toUpperCase(java.util.Locale.ROOT), k.toUpperCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static final class Builder {
        private final String file;
        private final String kind;
        private final String name;
        private final int line;
        private final Set<ComplainantType> types = new LinkedHashSet<>();
        private final Set<RegulatoryProfile> profiles = new LinkedHashSet<>();
        private boolean vulnerableOnly;
        private final List<String> clauses = new ArrayList<>();
        private String after = "";
        private final List<String> text = new ArrayList<>();
        private int textLine;

        private Builder(String file, String kind, String name, int line) {
            this.file = file;
            this.kind = kind;
            this.name = name;
            this.line = line;
            this.textLine = line + 1;
        }

        private void checkName(List<RuleProblem> problems) {
            boolean named = kind.equals("step") || kind.equals("clause");
            if (named && name.isEmpty()) {
                problems.add(new RuleProblem(file, line, "[" + kind + "] needs a code, e.g. [" + kind + " CODE]"));
            } else if (named && !CODE.matcher(name).matches()) {
                problems.add(new RuleProblem(
                        file, line, kind + " code must be upper case letters, digits and _, was \"" + name + "\""));
            } else if (!named && !name.isEmpty()) {
                problems.add(new RuleProblem(file, line, "[" + kind + "] takes no code, was \"" + name + "\""));
            }
        }

        private void option(String option, String value, int lineNo, List<RuleProblem> problems) {
            List<String> items = Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            switch (option) {
                case "when" -> {
                    for (String item : items) {
                        if (item.equals(VULNERABLE)) {
                            vulnerableOnly = true;
                        } else if (isEnum(ComplainantType.class, item)) {
                            types.add(ComplainantType.valueOf(item));
                        } else if (isEnum(RegulatoryProfile.class, item)) {
                            profiles.add(RegulatoryProfile.valueOf(item));
                        } else {
                            problems.add(new RuleProblem(
                                    file,
                                    lineNo,
                                    "when: \"" + item + "\" is no complainant type, regulatory profile or "
                                            + VULNERABLE + "; known: " + Arrays.toString(ComplainantType.values())
                                            + ", " + Arrays.toString(RegulatoryProfile.values()) + ", " + VULNERABLE));
                        }
                    }
                }
                case "clauses" -> {
                    for (String item : items) {
                        if (CODE.matcher(item).matches()) {
                            clauses.add(item);
                        } else {
                            problems.add(new RuleProblem(
                                    file,
                                    lineNo,
                                    "clauses: a clause code is upper case letters, digits and _, was \"" + item
                                            + "\""));
                        }
                    }
                }
                default -> {
                    if (!kind.equals("clause")) {
                        problems.add(
                                new RuleProblem(file, lineNo, "after: only a [clause] section can say where it goes"));
                    } else if (items.size() != 1 || !CODE.matcher(items.get(0)).matches()) {
                        problems.add(
                                new RuleProblem(file, lineNo, "after: names one step code, was \"" + value + "\""));
                    } else {
                        after = items.get(0);
                    }
                }
            }
        }

        private void finish(List<Section> sections, List<RuleProblem> problems) {
            while (!text.isEmpty() && text.get(text.size() - 1).isBlank()) {
                text.remove(text.size() - 1);
            }
            String pattern = String.join("\n", text);
            try {
                new MessagePattern(pattern);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(file, textLine, "not a valid message pattern: " + e.getMessage()));
                return;
            }
            List<String> carried = new ArrayList<>();
            if (kind.equals("clause")) {
                carried.add(name);
            }
            clauses.stream().filter(c -> !carried.contains(c)).forEach(carried::add);
            sections.add(
                    new Section(kind, name, types, profiles, vulnerableOnly, carried, after, pattern, line, textLine));
        }

        private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}

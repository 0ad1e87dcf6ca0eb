package org.complaintrules.drools.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintrules.api.Complaint;
import org.complaintrules.drools.model.AdviceDraft;

/**
 * The simple names of the public top-level types a policy imports with a wildcard from the
 * complaint-rules API and model packages ({@code Category}, {@code AdviceDraft}...), for "did you
 * mean" hints on a misspelt type. Listed once per package from where its classes were loaded (a
 * folder or a jar); a package listed nowhere gives no names, never an error.
 */
final class PolicyTypes {
    private static final Map<String, Class<?>> ANCHORS = Map.of(
            Complaint.class.getPackageName(), Complaint.class,
            AdviceDraft.class.getPackageName(), AdviceDraft.class);

    private static final Map<String, Set<String>> NAMES = new ConcurrentHashMap<>();

    private PolicyTypes() {}

    /**
     * @param pkg a package name
     * @return the simple names of its top-level classes when it is the API's or the model's, else none
     */
    static Set<String> simpleNames(String pkg) {
        Class<?> anchor = ANCHORS.get(pkg);
        if (anchor == null) {
            return Set.of();
        }
        return NAMES.computeIfAbsent(pkg, p -> list(anchor));
    }

    private static Set<String> list(Class<?> anchor) {
        URL url = anchor.getResource(anchor.getSimpleName() + ".class");
        Set<String> names = new TreeSet<>();
        if (url == null) {
            return names;
        }
        try {
            for (String file :
                    PolicyLoader.filesBelow(url, anchor.getPackageName().replace('.', '/'))) {
                if (file.indexOf('/') < 0) {
                    add(names, file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a hint only: without the listing, the message has no "did you mean"
            return Collections.unmodifiableSet(names);
        }
        return Collections.unmodifiableSet(names);
    }

    private static void add(Set<String> names, String file) {
        if (file.endsWith(".class") && file.indexOf('$') < 0 && !file.equals("package-info.class")) {
            names.add(file.substring(0, file.length() - ".class".length()));
        }
    }
}

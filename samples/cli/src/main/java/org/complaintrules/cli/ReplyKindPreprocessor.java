package org.complaintrules.cli;

import java.util.Map;
import java.util.Stack;
import org.complaintrules.api.ReplyKind;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --reply [KIND]}: the optional value is only taken when it is a reply kind. {@code --reply FILE}
 * (the value not attached) leaves {@code FILE} to the command's positional parameter and asks for the
 * default kind, the option's fallback value, so {@code advise --reply cases.jsonl} and
 * {@code advise cases.jsonl --reply} mean the same. An attached value ({@code --reply=FOO}) is always
 * the kind, and one that is none is a usage error naming it, as picocli's enum conversion words it.
 */
final class ReplyKindPreprocessor implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        boolean attached = !" ".equals(info.get("separator"));
        if (!attached && (args.isEmpty() || !isKind(args.peek(), commandSpec))) {
            // as picocli's own example of a preprocessor does: the default goes on the stack, and
            // picocli takes it as the option's value, leaving the next argument where it was
            args.push(argSpec instanceof OptionSpec o ? o.fallbackValue() : ReplyKind.RESPONSE.name());
        }
        return false;
    }

    private static boolean isKind(String arg, CommandSpec spec) {
        boolean anyCase = spec.parser().caseInsensitiveEnumValuesAllowed();
        for (ReplyKind k : ReplyKind.values()) {
            if (anyCase ? k.name().equalsIgnoreCase(arg) : k.name().equals(arg)) {
                return true;
            }
        }
        return false;
    }
}

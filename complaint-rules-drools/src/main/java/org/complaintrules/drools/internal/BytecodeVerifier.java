package org.complaintrules.drools.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The second sandbox layer: reads every class Drools generated for a policy (rule classes holding the
 * consequences and {@code eval}s, function classes, invokers, declared types) and refuses what the
 * first layer should already have refused: a reference to a class outside the {@link Allowlist}, a
 * denied method, a backward jump (a loop), an exception handler, {@code invokedynamic} (lambdas),
 * a static field write, a monitor, a primitive or multi-dimensional array, and functions that call
 * themselves. It works on bytecode, so it does not depend on how the source was read.
 */
final class BytecodeVerifier {
    /** Types the generated code itself needs around rule code; harmless without the rest of java.io. */
    private static final Set<String> GENERATED_CODE_TYPES = Set.of(
            "java/io/Externalizable",
            "java/io/Serializable",
            "java/io/ObjectInput",
            "java/io/ObjectOutput",
            "java/io/IOException",
            "java/lang/ClassNotFoundException",
            "org/drools/core/rule/consequence/KnowledgeHelper",
            "org/drools/base/rule/consequence/ConsequenceContext",
            "org/kie/api/runtime/rule/FactHandle",
            "org/drools/base/rule/accessor/FieldValue",
            "org/drools/mvel/field/FieldFactory",
            "org/drools/model/Drools");
    /** What not even Drools' generated templates may reach. */
    private static final List<String> TEMPLATE_DENIED = List.of(
            "java/lang/System",
            "java/lang/Runtime",
            "java/lang/Thread",
            "java/lang/Process",
            "java/lang/ClassLoader",
            "java/lang/reflect/",
            "java/lang/invoke/",
            "java/net/",
            "java/nio/",
            "java/io/File",
            "java/io/RandomAccessFile",
            "java/util/concurrent/");
    /**
     * The engine packages the executable model's own classes (the rule definitions, the domain
     * metadata, the accumulate functions) are built from: the model's DSL, its function interfaces and
     * Drools' accumulate functions. Not the rest of Drools, not org.kie and not org.mvel2.
     */
    private static final List<String> MODEL_TEMPLATE_PACKAGES =
            List.of("org/drools/model/", "org/drools/modelcompiler/dsl/", "org/drools/core/base/accumulators/");
    /**
     * The other classes the executable model's own classes use, beyond the {@link Allowlist}: what the
     * bundled policy's precompiled model and the models of rule folders cached by {@code check --rules}
     * refer to (declared types, accumulate functions, enum scaffolding, date literals), and nothing else.
     */
    private static final Set<String> MODEL_TEMPLATE_TYPES = Set.of(
            "java/io/Serializable", // declared types
            "java/lang/Class", // a pattern's type and Enum.valueOf's argument; no method of it may be called
            "java/util/ArrayList",
            "java/util/Arrays",
            "java/util/function/Supplier", // an accumulate function's constructor
            "org/drools/base/factmodel/GeneratedFact",
            "org/drools/base/factmodel/AccessibleFact",
            "org/drools/util/DateUtils");
    /**
     * Members of the types above the executable model's own classes may not use: text run as MVEL
     * ({@code executeScript}, {@code ScriptBlock}), an operator looked up by its name, and anything
     * called on a {@code Class}.
     */
    private static final Set<String> MODEL_TEMPLATE_DENIED_METHODS = Set.of("executeScript", "eval");

    /** The executable model's consequence written in MVEL, run from its text. */
    private static final String MODEL_SCRIPT = "org/drools/model/functions/ScriptBlock";

    /**
     * Packages a class of a compiled rules cache entry may not be in: it would stand in for a class of
     * the JDK, the engine or this library in the entry's class loader, and the checks trust their names.
     */
    private static final List<String> RESERVED_PACKAGES = List.of(
            "java/",
            "javax/",
            "jdk/",
            "sun/",
            "com/sun/",
            "org/drools/",
            "org/kie/",
            "org/mvel2/",
            "org/objectweb/",
            "org/slf4j/",
            "org/complaintrules/api/",
            "org/complaintrules/drools/");

    /** The only bootstrap method the executable model's invokedynamic uses: a lambda's factory. */
    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";

    /** Engine methods rule code may call: the DRL keywords insert, update, delete and friends. */
    private static final Set<String> ENGINE_METHODS = Set.of(
            "org/drools/core/rule/consequence/KnowledgeHelper.insert",
            "org/drools/core/rule/consequence/KnowledgeHelper.insertLogical",
            "org/drools/core/rule/consequence/KnowledgeHelper.update",
            "org/drools/core/rule/consequence/KnowledgeHelper.delete",
            "org/drools/core/rule/consequence/KnowledgeHelper.retract",
            "org/drools/mvel/field/FieldFactory.getInstance",
            "org/drools/mvel/field/FieldFactory.getFieldValue",
            // the executable model's consequences reach the engine through org.drools.model.Drools
            "org/drools/model/Drools.insert",
            "org/drools/model/Drools.insertLogical",
            "org/drools/model/Drools.update",
            "org/drools/model/Drools.delete");
    /** Methods of the executable model's lambda classes that are the enum's own scaffolding, not rule code. */
    private static final Set<String> MODEL_SCAFFOLDING =
            Set.of("<init>", "<clinit>", "values", "valueOf", "getExpressionHash", "predicateInformation");
    /**
     * The executable model's helpers for the operators of conditions ({@code ==} null-safe, number
     * comparisons): static, side-effect-free functions of their arguments.
     */
    private static final String MODEL_OPERATORS = "org/drools/modelcompiler/util/EvaluationUtil";
    /**
     * Where the executable model evaluates the DRL operators that are not comparisons ({@code contains},
     * {@code not contains}, {@code memberOf}, {@code in}, {@code str[startsWith]}): a static call of
     * {@code D.eval(Operator, Object, Object...)} with the operator's singleton, which the rule code names
     * (one of {@link #MODEL_OPERATOR_TYPES}). Only that {@code eval} is allowed, not the one that looks
     * an operator up by its name.
     */
    private static final String MODEL_EVAL_OWNER = "org/drools/modelcompiler/dsl/pattern/D";

    private static final String MODEL_EVAL_DESCRIPTOR =
            "(Lorg/drools/model/functions/Operator;Ljava/lang/Object;[Ljava/lang/Object;)Z";
    /**
     * The operators rule code may name for {@link #MODEL_EVAL_OWNER}: side-effect-free tests of
     * collections and strings whose time grows with their arguments. {@code matches} (a regular
     * expression, which could run for a very long time on complaint text) and {@code soundslike} are
     * not among them, as the rule files' analysis refuses them too ({@code DrlAnalyzer}).
     */
    private static final Set<String> MODEL_OPERATOR_TYPES = Set.of(
            "org/drools/model/functions/Operator",
            "org/drools/model/operators/ContainsOperator",
            "org/drools/model/operators/ExcludesOperator",
            "org/drools/model/operators/MemberOfOperator",
            "org/drools/model/operators/InOperator",
            "org/drools/model/operators/StringStartsWithOperator",
            "org/drools/model/operators/StringEndsWithOperator",
            "org/drools/model/operators/StringLengthWithOperator");

    /**
     * One refusal.
     *
     * @param className the generated class (binary name, with dots)
     * @param message what was refused
     */
    record Violation(String className, String message) {}

    private final Set<String> functionClasses;
    /** For the executable model: the DRL functions, static methods of the model classes; else null. */
    private final Set<String> modelFunctions;

    private final Set<String> generated = new HashSet<>();
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Set<String>> calls = new LinkedHashMap<>();

    private BytecodeVerifier(Map<String, byte[]> classes, Set<String> functionClasses, Set<String> modelFunctions) {
        this.functionClasses = functionClasses;
        this.modelFunctions = modelFunctions;
        classes.keySet().forEach(n -> generated.add(n.replace('.', '/')));
    }

    /**
     * @param classes every generated class, by binary name (dots)
     * @param functionClasses the binary names of the classes that hold DRL functions
     * @return the refusals, at most one per class and kind
     */
    static List<Violation> verify(Map<String, byte[]> classes, Set<String> functionClasses) {
        return new BytecodeVerifier(classes, functionClasses, null).run(classes);
    }

    /**
     * Checks the classes of a policy's executable model ({@link PrecompiledPolicy}). There the
     * policy's own code is in the lambda classes ({@code LambdaConsequence...}, {@code
     * LambdaPredicate...}, {@code LambdaExtractor...}: their methods other than the enum's scaffolding)
     * and in the DRL functions, static methods of the model classes; both are held to the rules for
     * rule code. The rest (the model classes that wire the rules together, the domain metadata, declared
     * types, the scaffolding) may use only what Drools' generated model classes need: the model's DSL
     * ({@code org.drools.model}, {@code D}) without its MVEL scripts, Drools' accumulate functions, the
     * {@link Allowlist} and a few more JDK types ({@link #MODEL_TEMPLATE_TYPES}), no method of {@code
     * Class}, no denied method, and invokedynamic only to make a lambda of those. Nothing else of
     * Drools, org.kie, org.mvel2 or the JDK (files, network, processes, reflection, class loaders,
     * threads, {@code System}). No class may be in a package of the JDK, the engine or this library.
     *
     * @param classes every generated class, by binary name (dots)
     * @param functions the names of the policy's DRL functions
     * @return the refusals, at most one per class and kind
     */
    static List<Violation> verifyModel(Map<String, byte[]> classes, Set<String> functions) {
        return new BytecodeVerifier(classes, Set.of(), Set.copyOf(functions)).run(classes);
    }

    private List<Violation> run(Map<String, byte[]> classes) {
        classes.forEach(this::verifyClass);
        checkRecursion();
        return List.copyOf(violations);
    }

    /** In the executable model: whether a method holds the policy's own code. */
    private boolean isModelRuleCode(String className, String method, int access) {
        if ((access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) != 0) {
            return false;
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (simple.startsWith("Lambda")) {
            return !MODEL_SCAFFOLDING.contains(method);
        }
        return (access & Opcodes.ACC_STATIC) != 0 && modelFunctions.contains(method);
    }

    /** Rule classes and function classes hold the policy's own code; invokers and declared types are Drools' templates. */
    private boolean isRuleCode(String className) {
        if (functionClasses.contains(className)) {
            return true;
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple.startsWith("Rule_") && !simple.endsWith("Invoker");
    }

    private boolean allowedType(String internalName, boolean ruleCode) {
        String n = internalName;
        while (n.startsWith("[")) {
            n = n.substring(1);
        }
        if (n.startsWith("L") && n.endsWith(";")) {
            n = n.substring(1, n.length() - 1);
        }
        if (n.length() == 1) {
            return true; // a primitive descriptor
        }
        if (generated.contains(n) || Allowlist.allowed(n.replace('/', '.'))) {
            return true;
        }
        if (GENERATED_CODE_TYPES.contains(n)
                && (modelFunctions == null || ruleCode || MODEL_TEMPLATE_TYPES.contains(n))) {
            return true;
        }
        if (modelFunctions != null
                && (n.equals(MODEL_OPERATORS) || n.equals(MODEL_EVAL_OWNER) || MODEL_OPERATOR_TYPES.contains(n))) {
            return true;
        }
        if (ruleCode) {
            return false;
        }
        if (modelFunctions != null) {
            // the executable model's own classes: only what Drools' generated model classes need
            return MODEL_TEMPLATE_TYPES.contains(n)
                    || (MODEL_TEMPLATE_PACKAGES.stream().anyMatch(n::startsWith) && !n.equals(MODEL_SCRIPT));
        }
        // Drools' templates (invokers, declared types) need the engine and some of the JDK, never these
        for (String denied : TEMPLATE_DENIED) {
            if (n.startsWith(denied)) {
                return false;
            }
        }
        return n.startsWith("org/drools/")
                || n.startsWith("org/kie/")
                || n.startsWith("org/mvel2/")
                || n.startsWith("java/");
    }

    private void verifyClass(String className, byte[] bytes) {
        boolean model = modelFunctions != null;
        // in the executable model the header is scaffolding; the methods are told apart one by one
        boolean ruleCode = !model && isRuleCode(className);
        Set<String> reported = new LinkedHashSet<>();
        String self = className.replace('.', '/');
        if (model && RESERVED_PACKAGES.stream().anyMatch(self::startsWith)) {
            violations.add(new Violation(
                    className,
                    "a class of the compiled rules may not be in the JDK's, the engine's or the library's"
                            + " packages"));
            return;
        }
        ClassReader reader = new ClassReader(bytes);
        reader.accept(
                new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(
                            int version, int access, String name, String signature, String superName, String[] ifaces) {
                        if (superName != null) {
                            type(superName);
                        }
                        if (ifaces != null) {
                            for (String i : ifaces) {
                                type(i);
                            }
                        }
                    }

                    /** Whether the member being read holds rule code (set per method, as {@code member} is). */
                    private boolean strictNow = ruleCode;

                    private void type(String internalName) {
                        if (!allowedType(internalName, strictNow)) {
                            refuse(internalName.replace('/', '.'));
                        }
                    }

                    private String member = "";

                    private void refuse(String what) {
                        if (reported.add("class " + what)) {
                            violations.add(new Violation(
                                    className, what + " is not allowed (not on the sandbox's allow-list)" + member));
                        }
                    }

                    /** Reports why the member being read is refused, once per class. */
                    private void report(String why) {
                        if (reported.add(why)) {
                            violations.add(new Violation(className, why + member));
                        }
                    }

                    private void descriptor(String desc) {
                        Type t = Type.getType(desc);
                        if (t.getSort() == Type.METHOD) {
                            for (Type arg : t.getArgumentTypes()) {
                                typeOf(arg);
                            }
                            typeOf(t.getReturnType());
                        } else {
                            typeOf(t);
                        }
                    }

                    private void typeOf(Type t) {
                        Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
                        if (e.getSort() == Type.OBJECT) {
                            type(e.getInternalName());
                        }
                    }

                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String desc, String signature, String[] exceptions) {
                        member = ", used in " + name + desc;
                        boolean strict = model ? isModelRuleCode(className, name, access) : ruleCode;
                        String caller = model ? className + "." + name : className;
                        // in the model, a DRL function is a static method of a model class
                        boolean modelFunction = model && strict && modelFunctions.contains(name);
                        strictNow = strict;
                        descriptor(desc);
                        if (!strict) {
                            return new MethodVisitor(Opcodes.ASM9) {
                                @Override
                                public void visitMethodInsn(int op, String owner, String m, String d, boolean itf) {
                                    if (model && owner.equals("java/lang/System") && m.equals("arraycopy")) {
                                        return; // an enum's values(): a copy of its one constant
                                    }
                                    type(owner);
                                    descriptor(d);
                                    if (model) {
                                        modelTemplateMember(owner, m);
                                    }
                                }

                                /**
                                 * The executable model's own classes may call what their types offer,
                                 * apart from a method that runs text, reflection and a denied method.
                                 */
                                private void modelTemplateMember(String owner, String m) {
                                    if (generated.contains(owner)) {
                                        return;
                                    }
                                    // a declared type's equals() compares its classes (getClass() != o.getClass())
                                    boolean compareClasses = owner.equals("java/lang/Object") && m.equals("getClass");
                                    String why = compareClasses ? null : Allowlist.deniedBecause(m);
                                    if (why == null
                                            && (owner.equals("java/lang/Class")
                                                    || MODEL_TEMPLATE_DENIED_METHODS.contains(m))) {
                                        why = "calling " + owner.replace('/', '.') + "." + m + "(...) is not allowed";
                                    }
                                    if (why != null) {
                                        report(why);
                                    }
                                }

                                /** A method handle: its owner's type and its member, as a call. */
                                private void handle(Handle h) {
                                    type(h.getOwner());
                                    descriptor(h.getDesc());
                                    modelTemplateMember(h.getOwner(), h.getName());
                                }

                                @Override
                                public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                                    if (!model) {
                                        return;
                                    }
                                    // the model makes an accumulate function's Supplier with a lambda
                                    if (!bsm.getOwner().equals(LAMBDA_FACTORY)) {
                                        report("invokedynamic with the bootstrap method "
                                                + bsm.getOwner().replace('/', '.') + "." + bsm.getName()
                                                + " is not allowed");
                                        return;
                                    }
                                    descriptor(d);
                                    for (Object a : args) {
                                        constant(a);
                                    }
                                }

                                @Override
                                public void visitLdcInsn(Object value) {
                                    if (model) {
                                        constant(value);
                                    }
                                }

                                private void constant(Object value) {
                                    if (value instanceof Type t) {
                                        if (t.getSort() == Type.METHOD) {
                                            descriptor(t.getDescriptor());
                                        } else {
                                            typeOf(t);
                                        }
                                    } else if (value instanceof Handle h) {
                                        handle(h);
                                    } else if (value instanceof ConstantDynamic c) {
                                        report("a dynamic constant (" + c.getName() + ") is not allowed");
                                    }
                                }

                                @Override
                                public void visitTryCatchBlock(Label start, Label end, Label handler, String t) {
                                    if (model && t != null) {
                                        type(t);
                                    }
                                }

                                @Override
                                public void visitFieldInsn(int op, String owner, String f, String d) {
                                    type(owner);
                                    descriptor(d);
                                }

                                @Override
                                public void visitTypeInsn(int op, String t) {
                                    type(t);
                                }
                            };
                        }
                        return new MethodVisitor(Opcodes.ASM9) {
                            private final Set<Label> seen = new HashSet<>();

                            private void deny(String what) {
                                if (reported.add(what)) {
                                    violations.add(new Violation(className, what));
                                }
                            }

                            @Override
                            public void visitLabel(Label label) {
                                seen.add(label);
                            }

                            @Override
                            public void visitJumpInsn(int op, Label label) {
                                if (seen.contains(label)) {
                                    deny("a loop (a backward jump in " + name + ") is not allowed");
                                }
                            }

                            @Override
                            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                                lookup(dflt, labels);
                            }

                            @Override
                            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                                lookup(dflt, labels);
                            }

                            private void lookup(Label dflt, Label[] labels) {
                                if (seen.contains(dflt)) {
                                    deny("a loop (a backward jump in " + name + ") is not allowed");
                                }
                                for (Label l : labels) {
                                    if (seen.contains(l)) {
                                        deny("a loop (a backward jump in " + name + ") is not allowed");
                                    }
                                }
                            }

                            @Override
                            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                                if (modelFunction && "java/lang/Exception".equals(type)) {
                                    // the executable model wraps every function's body in a catch of
                                    // Exception that rethrows it as a RuntimeException; the first layer
                                    // refuses try and catch in the rule files themselves
                                    return;
                                }
                                deny("catching exceptions is not allowed");
                            }

                            @Override
                            public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                                deny("invokedynamic (a lambda or method reference) is not allowed");
                            }

                            @Override
                            public void visitLdcInsn(Object value) {
                                if (value instanceof Type
                                        || value instanceof Handle
                                        || value instanceof ConstantDynamic) {
                                    deny("class literals and method handles are not allowed");
                                }
                            }

                            @Override
                            public void visitInsn(int op) {
                                if (op == Opcodes.MONITORENTER) {
                                    deny("synchronized is not allowed");
                                }
                            }

                            @Override
                            public void visitIntInsn(int op, int operand) {
                                if (op == Opcodes.NEWARRAY) {
                                    deny("creating arrays is not allowed");
                                }
                            }

                            @Override
                            public void visitMultiANewArrayInsn(String d, int dims) {
                                deny("creating arrays is not allowed");
                            }

                            @Override
                            public void visitTypeInsn(int op, String t) {
                                type(t);
                            }

                            @Override
                            public void visitFieldInsn(int op, String owner, String f, String d) {
                                type(owner);
                                descriptor(d);
                                if (op == Opcodes.PUTSTATIC) {
                                    deny("writing a static field (" + owner.replace('/', '.') + "." + f
                                            + ") is not allowed");
                                }
                            }

                            @Override
                            public void visitMethodInsn(int op, String owner, String m, String d, boolean itf) {
                                type(owner);
                                descriptor(d);
                                String denied = Allowlist.deniedBecause(m);
                                if (denied != null) {
                                    deny(denied);
                                }
                                boolean engine = owner.startsWith("org/drools/") || owner.startsWith("org/kie/");
                                if (model && owner.equals(MODEL_OPERATORS)) {
                                    engine = false;
                                }
                                if (model
                                        && owner.equals(MODEL_EVAL_OWNER)
                                        && m.equals("eval")
                                        && d.equals(MODEL_EVAL_DESCRIPTOR)) {
                                    engine = false;
                                }
                                if (engine && !ENGINE_METHODS.contains(owner + "." + m)) {
                                    deny("calling the engine's " + owner.replace('/', '.') + "." + m
                                            + "(...) is not allowed");
                                }
                                if (model) {
                                    // functions are static methods of the model classes
                                    if (op == Opcodes.INVOKESTATIC
                                            && generated.contains(owner)
                                            && modelFunctions.contains(m)) {
                                        String callee = owner.replace('/', '.') + "." + m;
                                        if (callee.equals(caller)) {
                                            deny("a function calling itself (recursion) is not allowed");
                                        } else {
                                            calls.computeIfAbsent(caller, k -> new LinkedHashSet<>())
                                                    .add(callee);
                                        }
                                    }
                                    return;
                                }
                                if (op == Opcodes.INVOKESTATIC && !owner.equals(self) && generated.contains(owner)) {
                                    calls.computeIfAbsent(className, k -> new LinkedHashSet<>())
                                            .add(owner.replace('/', '.'));
                                }
                                if (op == Opcodes.INVOKESTATIC
                                        && owner.equals(self)
                                        && functionClasses.contains(className)) {
                                    deny("a function calling itself (recursion) is not allowed");
                                }
                            }
                        };
                    }
                },
                ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private void checkRecursion() {
        for (String start : calls.keySet()) {
            boolean function = modelFunctions != null
                    ? modelFunctions.contains(start.substring(start.lastIndexOf('.') + 1))
                    : functionClasses.contains(start);
            if (!function) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(calls.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (next.equals(start)) {
                    violations.add(new Violation(
                            start, "functions calling each other in a circle (recursion) are not allowed"));
                    break;
                }
                if (seen.add(next)) {
                    todo.addAll(calls.getOrDefault(next, Set.of()));
                }
            }
        }
    }
}

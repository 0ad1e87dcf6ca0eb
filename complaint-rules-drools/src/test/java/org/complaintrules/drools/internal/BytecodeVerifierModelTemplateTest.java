package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The classes of an executable model other than its lambdas and functions (the rule definitions, the
 * domain metadata, declared types) may use only what Drools' generated model classes need. Regression
 * for the audit's cache finding: such a class could call {@code org.mvel2.MVEL.eval(String)} or {@code
 * new java.io.PrintWriter(String)} and a hand-made entry in the compiled rules cache would load.
 */
class BytecodeVerifierModelTemplateTest {
    private static final String MODEL = "org/complaintrules/policy/RulesHandMade";
    private static final String STRING = "Ljava/lang/String;";
    private static final Handle LAMBDA_FACTORY = new Handle(
            Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/LambdaMetafactory",
            "metafactory",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    /** A model class (not a lambda, not a function) whose one static method {@code rules()} holds {@code body}. */
    private static byte[] modelClass(String name, String superName, String[] interfaces, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, superName, interfaces);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "rules", "()V", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static byte[] modelClass(Consumer<MethodVisitor> body) {
        return modelClass(MODEL, "java/lang/Object", null, body);
    }

    private static List<BytecodeVerifier.Violation> verify(String name, byte[] bytes) {
        return BytecodeVerifier.verifyModel(Map.of(name.replace('/', '.'), bytes), Set.of());
    }

    private static Consumer<MethodVisitor> callStatic(String owner, String method, String desc) {
        return mv -> {
            for (Type arg : Type.getArgumentTypes(desc)) {
                mv.visitInsn(arg.getSort() == Type.INT ? Opcodes.ICONST_0 : Opcodes.ACONST_NULL);
            }
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, method, desc, false);
            if (Type.getReturnType(desc).getSort() != Type.VOID) {
                mv.visitInsn(Opcodes.POP);
            }
        };
    }

    private static Consumer<MethodVisitor> construct(String owner, String desc) {
        return mv -> {
            mv.visitTypeInsn(Opcodes.NEW, owner);
            mv.visitInsn(Opcodes.DUP);
            for (int i = 0; i < Type.getArgumentTypes(desc).length; i++) {
                mv.visitInsn(Opcodes.ACONST_NULL);
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", desc, false);
            mv.visitInsn(Opcodes.POP);
        };
    }

    private static Consumer<MethodVisitor> callVirtual(String owner, String method, String desc) {
        return mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            for (int i = 0; i < Type.getArgumentTypes(desc).length; i++) {
                mv.visitInsn(Opcodes.ACONST_NULL);
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, method, desc, false);
            if (Type.getReturnType(desc).getSort() != Type.VOID) {
                mv.visitInsn(Opcodes.POP);
            }
        };
    }

    @Test
    void aModelClassCallingWhatRunsTextReadsFilesOrReachesTheHostIsRefused() {
        Map<String, Consumer<MethodVisitor>> calls = new LinkedHashMap<>();
        calls.put("MVEL.eval", callStatic("org/mvel2/MVEL", "eval", "(" + STRING + ")Ljava/lang/Object;"));
        calls.put(
                "MVEL.compileExpression",
                callStatic("org/mvel2/MVEL", "compileExpression", "(" + STRING + ")Ljava/io/Serializable;"));
        calls.put(
                "MVELRuntime.execute",
                callStatic(
                        "org/mvel2/MVELRuntime",
                        "execute",
                        "(ZLorg/mvel2/compiler/CompiledExpression;Ljava/lang/Object;"
                                + "Lorg/mvel2/integration/VariableResolverFactory;)Ljava/lang/Object;"));
        calls.put("ExpressionCompiler", construct("org/mvel2/compiler/ExpressionCompiler", "(" + STRING + ")V"));
        calls.put(
                "TemplateRuntime.eval",
                callStatic(
                        "org/mvel2/templates/TemplateRuntime",
                        "eval",
                        "(" + STRING + "Ljava/lang/Object;)Ljava/lang/Object;"));
        calls.put("new PrintWriter(String)", construct("java/io/PrintWriter", "(" + STRING + ")V"));
        calls.put("new ObjectInputStream", construct("java/io/ObjectInputStream", "(Ljava/io/InputStream;)V"));
        calls.put("new URL", construct("java/net/URL", "(" + STRING + ")V"));
        calls.put(
                "Files.readString", callStatic("java/nio/file/Files", "readString", "(Ljava/nio/file/Path;)" + STRING));
        calls.put("new ProcessBuilder", construct("java/lang/ProcessBuilder", "([" + STRING + ")V"));
        calls.put("Runtime.getRuntime", callStatic("java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;"));
        calls.put("System.getenv", callStatic("java/lang/System", "getenv", "(" + STRING + ")" + STRING));
        calls.put(
                "System.setProperty",
                callStatic("java/lang/System", "setProperty", "(" + STRING + STRING + ")" + STRING));
        calls.put(
                "Method.invoke",
                callVirtual(
                        "java/lang/reflect/Method",
                        "invoke",
                        "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;"));
        calls.put(
                "ClassLoader.getSystemClassLoader",
                callStatic("java/lang/ClassLoader", "getSystemClassLoader", "()Ljava/lang/ClassLoader;"));
        calls.put("new Thread", construct("java/lang/Thread", "(Ljava/lang/Runnable;)V"));
        calls.put("Class.forName", callStatic("java/lang/Class", "forName", "(" + STRING + ")Ljava/lang/Class;"));
        calls.put(
                "Class.getResourceAsStream",
                callVirtual("java/lang/Class", "getResourceAsStream", "(" + STRING + ")Ljava/io/InputStream;"));
        calls.put(
                "D.executeScript (an MVEL consequence)",
                callStatic(
                        "org/drools/modelcompiler/dsl/pattern/D",
                        "executeScript",
                        "(" + STRING + "Ljava/lang/Class;" + STRING
                                + ")Lorg/drools/model/consequences/ConsequenceBuilder$_0;"));
        calls.put(
                "D.eval by an operator's name",
                callStatic(
                        "org/drools/modelcompiler/dsl/pattern/D",
                        "eval",
                        "(" + STRING + "Ljava/lang/Object;[Ljava/lang/Object;)Z"));
        calls.put(
                "KieServices.get", callStatic("org/kie/api/KieServices$Factory", "get", "()Lorg/kie/api/KieServices;"));
        calls.put(
                "the rest of Drools",
                callStatic(
                        "org/drools/mvel/MVELSafeHelper",
                        "getEvaluator",
                        "()Lorg/kie/internal/security/KieSafeEvaluator;"));
        calls.put(
                "a lambda made of Runtime.getRuntime",
                mv -> mv.visitInvokeDynamicInsn(
                        "get",
                        "()Ljava/util/function/Supplier;",
                        LAMBDA_FACTORY,
                        Type.getType("()Ljava/lang/Object;"),
                        new Handle(
                                Opcodes.H_INVOKESTATIC,
                                "java/lang/Runtime",
                                "getRuntime",
                                "()Ljava/lang/Runtime;",
                                false),
                        Type.getType("()Ljava/lang/Object;")));
        calls.put(
                "invokedynamic with another bootstrap method",
                mv -> mv.visitInvokeDynamicInsn(
                        "get",
                        "()Ljava/lang/Object;",
                        new Handle(
                                Opcodes.H_INVOKESTATIC,
                                "org/complaintrules/policy/Boot",
                                "boot",
                                "(Ljava/lang/invoke/MethodHandles$Lookup;" + STRING
                                        + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
                                false)));
        calls.put("a method handle constant of System.exit", mv -> {
            mv.visitLdcInsn(new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false));
            mv.visitInsn(Opcodes.POP);
        });
        calls.put("a class constant of Runtime", mv -> {
            mv.visitLdcInsn(Type.getObjectType("java/lang/Runtime"));
            mv.visitInsn(Opcodes.POP);
        });

        calls.forEach((what, body) ->
                assertThat(verify(MODEL, modelClass(body))).as(what).isNotEmpty());
    }

    @Test
    void aModelClassMayNotExtendOrImplementWhatIsRefused() {
        assertThat(verify(MODEL, modelClass(MODEL, "java/lang/Thread", null, mv -> {})))
                .as("extends Thread")
                .isNotEmpty();
        assertThat(verify(MODEL, modelClass(MODEL, "java/lang/Object", new String[] {"java/io/Closeable"}, mv -> {})))
                .as("implements Closeable")
                .isNotEmpty();
    }

    @Test
    void aClassOfTheEntryMayNotTakeTheNameOfAClassOfTheEngineOrTheLibrary() {
        for (String name :
                List.of("org/mvel2/MVEL", "org/drools/model/Evil", "org/complaintrules/api/Advice", "java/util/Evil")) {
            assertThat(verify(name, modelClass(name, "java/lang/Object", null, mv -> {})))
                    .as(name)
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("packages"));
        }
    }

    @Test
    void whatDroolsGeneratedModelClassesUseIsAllowed() {
        byte[] model = modelClass(
                MODEL, "java/lang/Object", new String[] {"org/drools/model/Model", "java/io/Serializable"}, mv -> {
                    callStatic(
                                    "org/drools/modelcompiler/dsl/pattern/D",
                                    "rule",
                                    "(" + STRING + STRING + ")Lorg/drools/model/impl/RuleBuilder;")
                            .accept(mv);
                    construct("java/util/ArrayList", "()V").accept(mv);
                    callStatic("java/util/Arrays", "asList", "([Ljava/lang/Object;)Ljava/util/List;")
                            .accept(mv);
                    callStatic("org/drools/util/DateUtils", "getDateFormatMask", "()" + STRING)
                            .accept(mv);
                    callStatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;")
                            .accept(mv);
                    // a declared type's equals(): getClass() != o.getClass()
                    callVirtual("java/lang/Object", "getClass", "()Ljava/lang/Class;")
                            .accept(mv);
                    mv.visitLdcInsn(Type.getObjectType("java/time/LocalDate"));
                    mv.visitInsn(Opcodes.POP);
                    // an accumulate function's Supplier, as the model makes it
                    mv.visitInvokeDynamicInsn(
                            "get",
                            "()Ljava/util/function/Supplier;",
                            LAMBDA_FACTORY,
                            Type.getType("()Ljava/lang/Object;"),
                            new Handle(
                                    Opcodes.H_NEWINVOKESPECIAL,
                                    "org/drools/core/base/accumulators/IntegerSumAccumulateFunction",
                                    "<init>",
                                    "()V",
                                    false),
                            Type.getType("()Ljava/lang/Object;"));
                    mv.visitInsn(Opcodes.POP);
                    callStatic("java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V")
                            .accept(mv);
                });

        assertThat(verify(MODEL, model)).isEmpty();
    }
}

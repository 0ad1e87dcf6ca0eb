package org.complaintrules.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.util.List;
import java.util.TreeSet;

/** A contract schema loaded into the networknt validator, with format assertions on. */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Schema schema;

    private SchemaCheck(String schemaJson) {
        this.schema = REGISTRY.getSchema(schemaJson, InputFormat.JSON);
    }

    static SchemaCheck cases() {
        return new SchemaCheck(ContractSchemas.caseSchema());
    }

    /** @return the draft 2020-12 meta-schema, bundled with the validator, to check our schemas with */
    static SchemaCheck metaSchema() {
        return new SchemaCheck(
                REGISTRY.getSchema(SchemaLocation.of(Dialects.getDraft202012().getId())));
    }

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    static SchemaCheck adviceLines() {
        return new SchemaCheck(ContractSchemas.adviceLineSchema());
    }

    /** @return every error, as {@code path: message} */
    List<String> errors(String json) {
        return validate(json).stream().map(e -> path(e) + ": " + e.getMessage()).toList();
    }

    /** @return the distinct field paths of the errors, in our notation ({@code complaint.signals[2]}) */
    TreeSet<String> errorPaths(String json) {
        TreeSet<String> out = new TreeSet<>();
        validate(json).forEach(e -> out.add(path(e)));
        return out;
    }

    private List<Error> validate(String json) {
        return schema.validate(
                json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    /** The instance location, plus the property that {@code required} or {@code additionalProperties} is about. */
    static String path(Error e) {
        NodePath p = e.getInstanceLocation();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.getNameCount(); i++) {
            Object element = p.getElement(i);
            if (element instanceof Integer n) {
                sb.append('[').append(n).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(element);
            }
        }
        if (e.getProperty() != null
                && ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(e.getProperty());
        }
        return sb.toString();
    }
}

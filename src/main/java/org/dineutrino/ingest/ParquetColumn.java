package org.dineutrino.ingest;

import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * One leaf column of a Parquet file as the importers see it: a flat name in NanoAOD style,
 * whether each row holds one value or a list, the value type, and how to tell values from
 * nulls and empty lists by the definition levels.
 *
 * <p>Names: a top-level column keeps its name ({@code MET_pt}); a list of numbers is named by
 * its list field, whatever the list's inner layout ({@code Muon_pt} for
 * {@code Muon_pt.list.item}, {@code Muon_pt.list.element}, {@code Muon_pt.array} or a bare
 * {@code repeated float Muon_pt}); a list of structs, as awkward writes records, names each
 * member after the list and the member ({@code Muon_pt} for {@code Muon.list.item.pt}); the
 * members of a top-level struct likewise ({@code MET_pt} for {@code MET.pt}).
 *
 * @param name              the flat name
 * @param collection        for a list column, what it is a list of ({@code Muon}); else null
 * @param descriptor        parquet-java's descriptor of the leaf
 * @param type              the value type, null when the column cannot be read
 * @param elementDefinition the definition level from which a row's list holds an element
 *                          (below it the list is empty or null); 0 for a flat column
 * @param problem           why the column cannot be read, or null
 */
record ParquetColumn(String name, String collection, ColumnDescriptor descriptor, LeafType type,
                     int elementDefinition, String problem) {

    /** Whether each row holds a list of values rather than one value. */
    boolean isList() {
        return collection != null;
    }

    /** The column's path in the file, dotted ({@code Muon_pt.list.item}). */
    String path() {
        return String.join(".", descriptor.getPath());
    }

    /** Whether a value of this definition level is present (not null, not an empty list). */
    boolean isValue(int definitionLevel) {
        return definitionLevel == descriptor.getMaxDefinitionLevel();
    }

    /** The column of one leaf of a schema. */
    static ParquetColumn of(MessageType schema, ColumnDescriptor descriptor) {
        String[] path = descriptor.getPath();
        PrimitiveType primitive = descriptor.getPrimitiveType();
        String typeProblem = typeProblem(primitive);
        LeafType type = typeProblem == null ? leafType(primitive) : null;
        if (descriptor.getMaxRepetitionLevel() == 0) {
            return new ParquetColumn(String.join("_", path), null, descriptor, type, 0, typeProblem);
        }
        int repeated = firstRepeated(schema, path);
        String[] prefix = repeated == 0 ? new String[] {path[0]} : Arrays.copyOf(path, repeated);
        String[] members = elementMembers(schema, path, repeated);
        String collection = String.join("_", prefix);
        String name = members.length == 0 ? collection : collection + "_" + String.join("_", members);
        int elementDefinition = schema.getMaxDefinitionLevel(Arrays.copyOf(path, repeated + 1));
        String problem = descriptor.getMaxRepetitionLevel() > 1
                ? "holds lists of lists (repetition depth " + descriptor.getMaxRepetitionLevel()
                        + "); only one value or one list of numbers per row is read"
                : typeProblem;
        return new ParquetColumn(name, collection, descriptor, problem == null ? type : null,
                elementDefinition, problem);
    }

    /** Index in the path of the first repeated field. */
    private static int firstRepeated(MessageType schema, String[] path) {
        for (int i = 0; i < path.length; i++) {
            if (schema.getType(Arrays.copyOf(path, i + 1)).isRepetition(Type.Repetition.REPEATED)) {
                return i;
            }
        }
        throw new IllegalStateException("column " + String.join(".", path) + " repeats but has no repeated field");
    }

    /**
     * The path below the repeated field, without the element wrapper of the standard 3-level
     * list ({@code list.item}, {@code list.element}): empty for a list of numbers, the member
     * names for a list of structs. A repeated group of one field named {@code array} or
     * {@code <list>_tuple} is itself the element, as the Parquet format's compatibility rules say.
     */
    private static String[] elementMembers(MessageType schema, String[] path, int repeated) {
        String[] rest = Arrays.copyOfRange(path, repeated + 1, path.length);
        Type repeatedType = schema.getType(Arrays.copyOf(path, repeated + 1));
        boolean wrapper = !repeatedType.isPrimitive() && repeatedType.asGroupType().getFieldCount() == 1
                && !repeatedType.getName().equals("array")
                && !(repeated > 0 && repeatedType.getName().equals(path[repeated - 1] + "_tuple"));
        return wrapper && rest.length > 0 ? Arrays.copyOfRange(rest, 1, rest.length) : rest;
    }

    /** Why values of this type are not read as numbers, or null when they are. */
    private static String typeProblem(PrimitiveType primitive) {
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
            return "holds " + logical + " values (scaled integers); store the numbers as float or double";
        }
        return switch (primitive.getPrimitiveTypeName()) {
            case BOOLEAN, INT32, INT64, FLOAT, DOUBLE -> null;
            case INT96 -> "holds INT96 timestamps, not numbers of the event model";
            default -> "holds " + primitive.getPrimitiveTypeName()
                    + (logical == null ? "" : " (" + logical + ")") + " values (strings or bytes);"
                    + " only boolean, integer, float and double columns are read";
        };
    }

    private static LeafType leafType(PrimitiveType primitive) {
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        boolean unsigned = logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation integer
                && !integer.isSigned();
        return switch (primitive.getPrimitiveTypeName()) {
            case BOOLEAN -> LeafType.BOOL;
            case INT32 -> unsigned && bitWidth(logical) == Integer.SIZE ? LeafType.UINT32 : LeafType.INT32;
            case INT64 -> unsigned ? LeafType.UINT64 : LeafType.INT64;
            case FLOAT -> LeafType.FLOAT32;
            case DOUBLE -> LeafType.FLOAT64;
            default -> throw new IllegalStateException("no leaf type for " + primitive);
        };
    }

    private static int bitWidth(LogicalTypeAnnotation logical) {
        return ((LogicalTypeAnnotation.IntLogicalTypeAnnotation) logical).getBitWidth();
    }

    /** The Parquet type in words, for messages ({@code list<float>}, {@code int32 (UINT_32)}). */
    String typeName() {
        PrimitiveType primitive = descriptor.getPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        String value = primitive.getPrimitiveTypeName().name().toLowerCase(java.util.Locale.ROOT)
                + (logical == null ? "" : " (" + logical + ")");
        return isList() ? "list<" + value + ">" : value;
    }
}

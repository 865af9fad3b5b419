package org.dineutrino.ingest;

/**
 * The numeric types of ROOT leaves this reader decodes, with their size on disk (big-endian).
 */
public enum LeafType {
    /** {@code Bool_t} (TLeafO), one byte, 0 or 1. */
    BOOL(1, "Bool_t"),
    /** {@code Char_t} (TLeafB), signed byte. */
    INT8(1, "Char_t"),
    /** {@code UChar_t} (TLeafB, unsigned). */
    UINT8(1, "UChar_t"),
    /** {@code Short_t} (TLeafS). */
    INT16(2, "Short_t"),
    /** {@code UShort_t} (TLeafS, unsigned). */
    UINT16(2, "UShort_t"),
    /** {@code Int_t} (TLeafI). */
    INT32(4, "Int_t"),
    /** {@code UInt_t} (TLeafI, unsigned). */
    UINT32(4, "UInt_t"),
    /** {@code Long64_t} (TLeafL). */
    INT64(8, "Long64_t"),
    /** {@code ULong64_t} (TLeafL, unsigned); values above 2^63 - 1 are refused when read as long. */
    UINT64(8, "ULong64_t"),
    /** {@code Float_t} (TLeafF), IEEE 754 single precision. */
    FLOAT32(4, "Float_t"),
    /** {@code Double_t} (TLeafD), IEEE 754 double precision. */
    FLOAT64(8, "Double_t");

    private final int bytes;
    private final String rootName;

    LeafType(int bytes, String rootName) {
        this.bytes = bytes;
        this.rootName = rootName;
    }

    /** Size of one value on disk. */
    public int bytes() {
        return bytes;
    }

    /** ROOT's name of the type ({@code Float_t}). */
    public String rootName() {
        return rootName;
    }

    /** Whether the values are integers (or booleans) rather than floating point. */
    public boolean isInteger() {
        return this != FLOAT32 && this != FLOAT64;
    }

    /**
     * The type of a leaf class, or null when this reader does not decode that class.
     *
     * @param leafClass  {@code TLeafF}, {@code TLeafI}, ...
     * @param isUnsigned the leaf's fIsUnsigned flag
     */
    static LeafType of(String leafClass, boolean isUnsigned) {
        return switch (leafClass) {
            case "TLeafO" -> BOOL;
            case "TLeafB" -> isUnsigned ? UINT8 : INT8;
            case "TLeafS" -> isUnsigned ? UINT16 : INT16;
            case "TLeafI" -> isUnsigned ? UINT32 : INT32;
            case "TLeafL" -> isUnsigned ? UINT64 : INT64;
            case "TLeafF" -> FLOAT32;
            case "TLeafD" -> FLOAT64;
            default -> null;
        };
    }

    /** Why a leaf class this reader does not decode is refused, for messages. */
    static String unsupportedReason(String leafClass) {
        return switch (leafClass) {
            case "TLeafC" -> "holds character strings (TLeafC); only numeric leaves are read";
            case "TLeafF16" -> "holds Float16_t values (TLeafF16), a packed float this reader does not"
                    + " decode";
            case "TLeafD32" -> "holds Double32_t values (TLeafD32), a packed double this reader does not"
                    + " decode";
            case "TLeafG" -> "holds Long_t values (TLeafG); store them as Long64_t";
            case "TLeafElement" -> "is a member of a C++ object or container (TLeafElement: std::vector,"
                    + " a class or a TClonesArray); only flat numeric leaves and arrays x[n] are read";
            case "TLeafObject" -> "holds whole C++ objects (TLeafObject); only numeric leaves are read";
            default -> "has leaf class " + leafClass + ", which this reader does not know";
        };
    }
}

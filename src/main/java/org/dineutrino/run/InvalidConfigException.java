package org.dineutrino.run;

/** A run configuration that cannot be run; {@link #field()} names what to fix. */
public final class InvalidConfigException extends IllegalArgumentException {

    private final String field;

    public InvalidConfigException(String field, String problem) {
        super(problem.startsWith(field) ? problem : field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.paperbake.kernel;

/**
 * A value with its hash computed once, for the part of a {@link Memo} key that every page of a
 * build shares (the glossary, what the templates see of the site): looking a page up then doesn't
 * hash the shared part again. Equal when the values are equal.
 *
 * @param value the value, with value equality
 * @param hash its {@code hashCode()}
 */
public record Hashed<T>(T value, int hash) {

    /** {@code value} with its hash. */
    public static <T> Hashed<T> of(T value) {
        return new Hashed<>(value, value.hashCode());
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof Hashed<?> hashed
                        && hashed.hash == hash
                        && (hashed.value == value || hashed.value.equals(value));
    }

    @Override
    public int hashCode() {
        return hash;
    }
}

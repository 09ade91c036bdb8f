package dev.storm.internal.schema;

/**
 * The key parts a field takes: table pk/sk, and the global secondary indexes whose partition or sort key it is part
 * of, with the identifier written before its value.
 */
public record KeyRoles(boolean pk, boolean sk, int[] gsiPk, int[] gsiSk, String identifier, boolean unique,
                       boolean version) {

    private static final int[] NONE = new int[0];

    public static KeyRoles plain(String identifier) {
        return new KeyRoles(false, false, NONE, NONE, identifier, false, false);
    }

    public boolean isKey() {
        return pk || sk || gsiPk.length > 0 || gsiSk.length > 0;
    }

    public boolean inGsiPk(int index) {
        return contains(gsiPk, index);
    }

    public boolean inGsiSk(int index) {
        return contains(gsiSk, index);
    }

    private static boolean contains(int[] indexes, int index) {
        for (int i : indexes) {
            if (i == index) {
                return true;
            }
        }
        return false;
    }
}

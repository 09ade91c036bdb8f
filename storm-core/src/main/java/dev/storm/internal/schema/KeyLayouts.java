package dev.storm.internal.schema;

import dev.storm.DefaultKeyLayout;
import dev.storm.InvalidModelException;
import dev.storm.KeyLayout;
import dev.storm.Meta;

/**
 * The key layout of a model: {@code @Meta(keyLayout = ...)}, else the {@link DefaultKeyLayout} of the nearest
 * package annotated with one (the model's own, then each enclosing package), else {@link KeyLayout#STORM_0_2}. The
 * annotation processor applies the same rule at compile time.
 */
final class KeyLayouts {

    private KeyLayouts() {
    }

    static KeyLayout of(Class<?> type, Meta meta) {
        if (meta != null && meta.keyLayout().length > 0) {
            if (meta.keyLayout().length > 1) {
                throw new InvalidModelException(type.getSimpleName() + ": @Meta(keyLayout = "
                        + java.util.Arrays.toString(meta.keyLayout()) + ") names more than one layout; a model's keys"
                        + " are written in one, e.g. keyLayout = KeyLayout.STORM_0_1");
            }
            return meta.keyLayout()[0];
        }
        for (String pkg = type.getPackageName(); !pkg.isEmpty(); pkg = parent(pkg)) {
            DefaultKeyLayout declared = declared(pkg, type.getClassLoader());
            if (declared != null) {
                return declared.value();
            }
        }
        return KeyLayout.STORM_0_2;
    }

    private static DefaultKeyLayout declared(String pkg, ClassLoader loader) {
        try {
            // package-info holds a package's annotations; an enclosing package may have no class loaded yet
            return Class.forName(pkg + ".package-info", false, loader).getAnnotation(DefaultKeyLayout.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String parent(String pkg) {
        int dot = pkg.lastIndexOf('.');
        return dot < 0 ? "" : pkg.substring(0, dot);
    }
}

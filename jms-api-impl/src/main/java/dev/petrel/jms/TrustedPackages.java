package dev.petrel.jms;

import java.util.List;

/**
 * Which classes an ObjectMessage may deserialize: the JDK's value types (java.lang, java.math, java.util and
 * java.time with their subpackages, except java.lang's) always, any other class only when its package — or a
 * package above it — is listed in the {@code jms.trustedPackages} URI option; {@code *} trusts every class.
 * Deserializing an arbitrary class from the network runs its code, so the default is narrow. Immutable.
 *
 * @param packages the packages the application trusts besides the JDK's value types
 */
public record TrustedPackages(List<String> packages) {

    /** The URI option that lists the trusted packages. */
    public static final String OPTION = "jms.trustedPackages";

    /** Only the JDK's value types. */
    public static final TrustedPackages JDK_ONLY = new TrustedPackages(List.of());

    public TrustedPackages {
        packages = List.copyOf(packages);
    }

    /** Parses the option's value: package names separated by commas; blank entries are ignored. */
    public static TrustedPackages parse(String option) {
        if (option == null || option.isBlank()) {
            return JDK_ONLY;
        }
        return new TrustedPackages(java.util.Arrays.stream(option.split(",")).map(String::trim)
                .filter(p -> !p.isEmpty()).toList());
    }

    /** Whether the class of that name (array classes by their component) may be deserialized. */
    public boolean trusts(String className) {
        String name = className;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.length() == 1) {
            return true; // a primitive array's component: [I, [J, ...
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        return isJdkValuePackage(pkg) || packages.stream().anyMatch(p -> p.equals("*") || within(pkg, p));
    }

    private static boolean isJdkValuePackage(String pkg) {
        return pkg.equals("java.lang") || pkg.equals("java.math") || within(pkg, "java.util") || within(pkg, "java.time");
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }
}

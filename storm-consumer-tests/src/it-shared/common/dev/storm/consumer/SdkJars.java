package dev.storm.consumer;

import java.io.File;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The AWS SDK jars on a consumer build's test class path, by artifact, as Maven resolved them. */
public final class SdkJars {

    /** DynamoDB Local's telemetry clients: no newer release than the one it was built with is published. */
    private static final Set<String> TELEMETRY = Set.of("pinpoint", "cognitoidentity", "cognitoidentityprovider");

    private SdkJars() {
    }

    /** Every {@code software.amazon.awssdk} artifact on the test class path and its version. */
    public static Map<String, String> onTestClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String marker = "/software/amazon/awssdk/";
        Map<String, String> versions = new TreeMap<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String path = entry.replace(File.separatorChar, '/');
            int at = path.indexOf(marker);
            if (at >= 0) {
                String[] parts = path.substring(at + marker.length()).split("/");
                versions.merge(parts[0], parts[1], (a, b) -> a + "," + b);
            }
        }
        return versions;
    }

    /**
     * Checks that the SDK runtime on the class path is the one STORM is built with (system property
     * {@code expected.sdk.version}), and DynamoDB Local's telemetry clients, when present, the one it was built with
     * ({@code expected.telemetry.version}).
     *
     * @throws AssertionError naming every artifact at another version, or when the SDK runtime is missing
     */
    public static void assertAligned() {
        String sdk = System.getProperty("expected.sdk.version");
        Map<String, String> found = onTestClassPath();
        if (!sdk.equals(found.get("utils")) || !sdk.equals(found.get("sdk-core"))) {
            throw new AssertionError("SDK runtime at " + sdk + " expected, found " + found);
        }
        Map<String, String> wrong = misaligned(sdk, System.getProperty("expected.telemetry.version"));
        if (!wrong.isEmpty()) {
            throw new AssertionError("SDK artifacts at another version: " + wrong);
        }
    }

    /** The artifacts whose version differs from the one expected of them, with the version found. */
    public static Map<String, String> misaligned(String sdkVersion, String telemetryVersion) {
        Map<String, String> wrong = new TreeMap<>();
        onTestClassPath().forEach((artifact, version) -> {
            String expected = TELEMETRY.contains(artifact) ? telemetryVersion : sdkVersion;
            if (!version.equals(expected)) {
                wrong.put(artifact, version + " (expected " + expected + ")");
            }
        });
        return wrong;
    }
}

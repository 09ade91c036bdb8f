import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the project a newcomer gets by pasting the README's "Adding STORM to a build" into an empty directory: its
 * pom (as {@code consumer.pom.xml}, with the STORM version the build produces filled in, the one thing a user
 * substitutes) and its Java snippets, each at the path the section names for it. Nothing else of the project is
 * written by hand, so the README and the build that proves it cannot drift apart.
 *
 * <p>Run as a single-file program: {@code java ReadmeProject.java README.md <storm version> <project dir>
 * <files to copy beside the pom>...}. Exits non-zero, saying why, when the section no longer has the shape this
 * reads (one complete pom, one {@code src/.../*.java} path named for each Java snippet).
 */
public final class ReadmeProject {

    private static final String SECTION = "## Adding STORM to a build";
    /** The section's own text ends where its first subsection, or the next section, starts. */
    private static final Pattern END = Pattern.compile("^##", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern SOURCE_PATH = Pattern.compile("`(src/(?:main|test)/java/[\\w/]+\\.java)`");
    private static final Pattern VERSION = Pattern.compile("<storm\\.version>[^<]*</storm\\.version>");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^(?:public |final |abstract )*(?:class|record|interface|enum) (\\w+)", Pattern.MULTILINE);

    private ReadmeProject() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            fail("usage: java ReadmeProject.java README.md <storm version> <project dir> [file to copy]...");
        }
        String readme = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String version = args[1];
        Path project = Path.of(args[2]);

        String section = section(readme);
        List<String> poms = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        Matcher fence = FENCE.matcher(section);
        while (fence.find()) {
            if (fence.group(1).equals("xml")) {
                poms.add(fence.group(2));
            } else if (fence.group(1).equals("java")) {
                sources.add(fence.group(2));
            }
        }
        List<String> paths = new ArrayList<>();
        Matcher path = SOURCE_PATH.matcher(section);
        while (path.find()) {
            paths.add(path.group(1));
        }
        if (poms.size() != 1 || !poms.get(0).contains("<project")) {
            fail("expected one complete pom (an xml block holding <project>) in \"" + SECTION + "\", found "
                    + poms.size() + " xml blocks");
        }
        if (sources.isEmpty() || sources.size() != paths.size()) {
            fail("expected one `src/.../X.java` path named in \"" + SECTION + "\" for each of its java blocks,"
                    + " found " + sources.size() + " blocks and paths " + paths);
        }

        deleteRecursively(project);
        Files.createDirectories(project);
        write(project.resolve("consumer.pom.xml"), withVersion(poms.get(0), version));
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            String expected = declaredPath(source);
            if (!paths.get(i).endsWith("/java/" + expected)) {
                fail("java block " + (i + 1) + " declares " + expected + " but the README names "
                        + paths.get(i) + " for it");
            }
            write(project.resolve(paths.get(i)), source);
        }
        for (int i = 3; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Files.copy(file, project.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("README project written to " + project + ": consumer.pom.xml, " + paths);
    }

    private static String section(String readme) {
        int start = readme.indexOf("\n" + SECTION + "\n");
        if (start < 0) {
            fail("the README has no section \"" + SECTION + "\"");
        }
        String rest = readme.substring(start + SECTION.length() + 2);
        Matcher end = END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    /** The STORM version is the one value a user fills in; the README's pom names it once, as a property. */
    private static String withVersion(String pom, String version) {
        Matcher matcher = VERSION.matcher(pom);
        if (!matcher.find()) {
            fail("the README's pom declares no <storm.version> property");
        }
        String replaced = matcher.replaceFirst("<storm.version>" + Matcher.quoteReplacement(version)
                + "</storm.version>");
        if (VERSION.matcher(replaced).results().count() != 1) {
            fail("the README's pom declares <storm.version> more than once");
        }
        return replaced;
    }

    private static String declaredPath(String source) {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = TYPE.matcher(source);
        if (!pkg.find() || !type.find()) {
            fail("a java block declares no package or no top-level type:\n" + source);
        }
        return pkg.group(1).replace('.', '/') + "/" + type.group(1) + ".java";
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void fail(String message) {
        System.err.println("ReadmeProject: " + message);
        System.exit(1);
    }
}

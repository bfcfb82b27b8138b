package com.presstally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/press-tally, the launcher the README's commands and cron lines use, run on a stand-in jar. */
class LauncherTest {
    private record Ran(int exit, String out, String err) {
    }

    private static Ran launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/press-tally"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        return new Ran(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A jar whose main class is {@link LauncherProbe}. */
    private static Path probeJar(Path dir) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        Path jar = dir.resolve("probe.jar");
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void theLauncherRunsTheJarWithItsCompilerSettingTheUsersOptionsAndEveryArgument(@TempDir Path dir) throws Exception {
        Ran ran = launch(Map.of("PRESS_TALLY_JAR", probeJar(dir).toString(), "PRESS_TALLY_JAVA_OPTS", "-Xmx64m -Dpress.tally.probe=1"),
                "run", "--week", "2026-W47", "--input", "a folder with spaces");
        assertEquals(0, ran.exit(), ran.err());
        String jvm = ran.out().lines().filter(l -> l.startsWith("jvm: ")).findFirst().orElseThrow();
        assertTrue(jvm.contains("-XX:-TieredCompilation"), jvm);
        assertTrue(jvm.contains("-Xmx64m") && jvm.contains("-Dpress.tally.probe=1"), jvm);
        assertEquals(List.of("arg: [run]", "arg: [--week]", "arg: [2026-W47]", "arg: [--input]", "arg: [a folder with spaces]"),
                ran.out().lines().filter(l -> l.startsWith("arg: ")).toList());
    }

    @Test
    void aMissingJarIsAConfigurationErrorThatSaysHowToBuildIt(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such.jar");
        Ran ran = launch(Map.of("PRESS_TALLY_JAR", missing.toString()), "status");
        assertEquals(ExitCodes.CONFIGURATION, ran.exit());
        assertTrue(ran.err().contains(missing.toString()) && ran.err().contains("mvn -q -DskipTests package"), ran.err());
    }
}

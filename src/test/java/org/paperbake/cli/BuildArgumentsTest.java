package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The quick reading of a plain {@code build} command line agrees with picocli's, or leaves it to picocli. */
class BuildArgumentsTest {

    static Stream<List<String>> plainBuilds() {
        return Stream.of(
                List.of("build"),
                List.of("build", "--source", "site"),
                List.of("build", "--source=site"),
                List.of("build", "--output", "out dir"),
                List.of("build", "--output=a=b", "--source", "site"),
                List.of("build", "--source", "site", "--output", "/tmp/out"),
                List.of("build", "--source", "check", "--output", "build"),
                List.of("build", "--no-cache"),
                List.of("build", "--cache", "/tmp/cache", "--source", "site"),
                List.of("build", "--no-cache", "--cache=c", "--output", "o"),
                List.of("build", "--editions"),
                List.of("build", "--source", "site", "--editions", "--no-cache"));
    }

    @ParameterizedTest
    @MethodSource("plainBuilds")
    void a_plain_build_is_read_as_picocli_reads_it(List<String> args) {
        BuildArguments quick =
                BuildArguments.readPlain(args.toArray(String[]::new)).orElseThrow();
        ParseResult parsed = new CommandLine(new Main(Map.of()))
                .parseArgs(args.toArray(String[]::new))
                .subcommand();
        assertEquals(parsed.matchedOptionValue("--source", Path.of(".")), quick.source());
        assertEquals(Optional.ofNullable(parsed.<Path>matchedOptionValue("--output", null)), quick.output());
        assertEquals(Optional.ofNullable(parsed.<Path>matchedOptionValue("--cache", null)), quick.cacheFolder());
        assertEquals(parsed.hasMatchedOption("--no-cache"), quick.noCache());
        assertEquals(parsed.hasMatchedOption("--editions"), quick.editions());
    }

    static Stream<List<String>> leftToPicocli() {
        return Stream.of(
                List.of(),
                List.of("check"),
                List.of("--source", "site", "build"),
                List.of("build", "--help"),
                List.of("build", "-h"),
                List.of("build", "--version"),
                List.of("build", "--source"),
                List.of("build", "--source", "a", "--source", "b"),
                List.of("build", "--source="),
                List.of("build", "--source", "--output"),
                List.of("build", "--source", "-h"),
                List.of("build", "@arguments.txt"),
                List.of("build", "--source", "@arguments.txt"),
                List.of("build", "--"),
                List.of("build", "site"),
                List.of("build", "--sauce", "site"),
                List.of("build", "--source", "nul\0char"),
                List.of("build", "--no-cache", "--no-cache"),
                List.of("build", "--no-cache=true"),
                List.of("build", "--editions", "--editions"),
                List.of("build", "--editions=true"),
                List.of("build", "--cache"));
    }

    @ParameterizedTest
    @MethodSource("leftToPicocli")
    void anything_else_is_left_to_picocli(List<String> args) {
        assertEquals(Optional.empty(), BuildArguments.readPlain(args.toArray(String[]::new)), args.toString());
    }

    @Test
    void the_quick_path_reads_every_option_of_the_build_command() {
        List<String> buildOptions = new CommandLine(new BuildCommand())
                .getCommandSpec().options().stream()
                        .filter(option -> !option.usageHelp() && !option.versionHelp())
                        .map(OptionSpec::longestName)
                        .sorted()
                        .toList();
        assertEquals(BuildArguments.OPTIONS.stream().sorted().toList(), buildOptions);
    }
}

package org.complaintrules.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.complaintrules.tooling.init.PolicyTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code complaint-advisor init DIR}: a copy of the default policy and its scenarios to edit. */
@Command(
        name = "init",
        description = {
            "Write the default policy, its scenarios (in DIR/scenarios) and a README for the policy owner into a new"
                    + " folder, ready for: complaint-advisor check --rules DIR --scenarios DIR/scenarios"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:DIR exists and is not empty, or cannot be written"})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Main.Cli cli;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder that does not exist yet, or is empty.")
    Path dir;

    @Override
    public Integer call() {
        List<String> written = PolicyTemplate.write(dir);
        long scenarios = written.stream()
                .filter(n -> n.startsWith(PolicyTemplate.SCENARIOS + "/"))
                .count();
        cli.out.println(
                "wrote " + (written.size() - scenarios) + " policy files and " + scenarios + " scenarios to " + dir);
        cli.out.println("next: complaint-advisor check --rules " + dir + " --scenarios "
                + dir.resolve(PolicyTemplate.SCENARIOS) + "   (then read " + dir.resolve(PolicyTemplate.README) + ")");
        return Main.OK;
    }
}

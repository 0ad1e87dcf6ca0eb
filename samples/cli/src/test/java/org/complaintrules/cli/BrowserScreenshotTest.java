package org.complaintrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.complaintrules.cli.Cli.Run;
import org.complaintrules.tooling.report.CheckReport;
import org.complaintrules.tooling.report.DiffHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real browser: headless Chromium takes a screenshot, and the SVG charts must be
 * there in the picture (pixels of the bar colours). Runs where {@code /usr/bin/chromium} is
 * installed ({@code apt-get install chromium}); {@link ReportsTest} checks the same pages' structure
 * everywhere.
 */
@EnabledIf("chromiumInstalled")
class BrowserScreenshotTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SAMPLES =
            Path.of(System.getProperty("complaint.data.dir")).getParent().resolve("samples/data/complaints.jsonl");

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    static BufferedImage screenshot(Path page, Path dir) throws IOException, InterruptedException {
        Path png = dir.resolve(page.getFileName() + ".png");
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"),
                "--window-size=1200,4000",
                "--screenshot=" + png,
                page.toUri().toString()));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(png).as(Files.readString(dir.resolve("chromium.log"))).exists();
        return ImageIO.read(png.toFile());
    }

    static int pixels(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theCheckReportsCoverageChartIsDrawn(@TempDir Path dir) throws Exception {
        Path report = ReportsTest.checkWithAFailure(dir);

        BufferedImage shot = screenshot(report, dir);

        assertThat(shot.getWidth()).isEqualTo(1200);
        assertThat(pixels(shot, CheckReport.WELL_COVERED)).as("green bars").isGreaterThan(1000);
        assertThat(pixels(shot, CheckReport.NEVER))
                .as("red bars: rules no scenario fired")
                .isGreaterThan(1000);
    }

    @Test
    void theDiffReportsShiftChartsAreDrawn(@TempDir Path dir) throws Exception {
        Path after = dir.resolve("after");
        assertThat(Cli.run("init", after.toString()).exit()).isZero();
        Path props = after.resolve("policy.properties");
        Files.writeString(props, Files.readString(props).replace("trait.threshold=3", "trait.threshold=9"));
        Path report = dir.resolve("diff.html");
        Run r = Cli.run(
                "diff",
                "--from",
                "default",
                "--to",
                after.toString(),
                SAMPLES.toString(),
                "--report",
                report.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        BufferedImage shot = screenshot(report, dir);

        assertThat(pixels(shot, DiffHtml.FROM)).as("bars of the first policy").isGreaterThan(500);
        assertThat(pixels(shot, DiffHtml.TO)).as("bars of the second policy").isGreaterThan(500);
    }
}

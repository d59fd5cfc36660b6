package dev.aigate.jenkins;

import dev.aigate.pipeline.StepResult;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;

/** Archives a step's reports (report.html, summary.md, junit.xml, result.json) as build artifacts. */
final class ReportArchive {

    private static final List<String> REPORTS = List.of(StepResult.REPORT_HTML, "summary.md", StepResult.JUNIT_XML,
            StepResult.RESULT_JSON);

    private ReportArchive() {
    }

    /**
     * @param outDir     the report directory on the agent
     * @param outDirName its path relative to the workspace, kept in the archive
     * @return the archived report.html's URL relative to the build, or null when the run wrote none
     */
    static String archive(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
            FilePath outDir, String outDirName) throws IOException, InterruptedException {
        String base = relative(workspace, outDir);
        if (base == null) {
            listener.getLogger().println("aigate: " + outDirName + " is outside the workspace; reports not archived");
            return null;
        }
        Map<String, String> artifacts = new LinkedHashMap<>();
        for (String report : REPORTS) {
            if (outDir.child(report).exists()) {
                artifacts.put(base + report, base + report);
            }
        }
        run.pickArtifactManager().archive(workspace, launcher, new BuildListenerAdapter(listener), artifacts);
        return artifacts.containsKey(base + StepResult.REPORT_HTML) ? "artifact/" + base + StepResult.REPORT_HTML
                : null;
    }

    /** The directory's path below the workspace, with forward slashes and a trailing one; null when not below. */
    private static String relative(FilePath workspace, FilePath directory) {
        String root = workspace.getRemote();
        String path = directory.getRemote();
        if (!path.startsWith(root) || path.contains("..")) {
            return null;
        }
        String below = path.substring(root.length()).replace('\\', '/').replaceFirst("^/+", "");
        return below.isEmpty() || below.endsWith("/") ? below : below + "/";
    }
}

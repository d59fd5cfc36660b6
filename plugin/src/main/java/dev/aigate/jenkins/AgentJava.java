package dev.aigate.jenkins;

import java.io.File;
import jenkins.security.MasterToSlaveCallable;

/**
 * The java executable of the agent's own JVM: Java 17 or later, as Jenkins requires of agents, and so able to run
 * the runner. Runs on the agent.
 */
final class AgentJava extends MasterToSlaveCallable<String, RuntimeException> {

    private static final long serialVersionUID = 1L;

    @Override
    public String call() {
        String executable = File.separatorChar == '\\' ? "java.exe" : "java";
        return new File(new File(System.getProperty("java.home"), "bin"), executable).getPath();
    }
}

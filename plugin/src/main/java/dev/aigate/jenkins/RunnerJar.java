package dev.aigate.jenkins;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The runner jar bundled in the plugin, installed once per agent (and per plugin build: the file name carries the
 * jar's digest) under the agent's root directory, so a step copies ~90 MB only the first time it runs there.
 */
final class RunnerJar {

    private static final String RESOURCE = "aigate.jar";
    private static volatile String digest;

    private RunnerJar() {
    }

    /** The jar on the workspace's agent, copied there first if it is not there yet. */
    static FilePath installOn(FilePath workspace, TaskListener listener) throws IOException, InterruptedException {
        URL bundled = RunnerJar.class.getResource(RESOURCE);
        if (bundled == null) {
            throw new AbortException("aigate: the plugin was built without its runner jar (" + RESOURCE + ")");
        }
        FilePath jar = cacheDirectory(workspace).child("aigate-" + digest(bundled) + ".jar");
        if (!jar.exists()) {
            listener.getLogger().println("aigate: installing the runner on this agent: " + jar.getRemote());
            jar.getParent().mkdirs();
            FilePath partial = jar.getParent().createTempFile("aigate-", ".part");
            partial.copyFrom(bundled);
            partial.renameTo(jar); // whole or not at all, should two builds install at once
        }
        return jar;
    }

    /** The agent's root directory, or beside the workspace when the agent is gone from the controller's view. */
    private static FilePath cacheDirectory(FilePath workspace) {
        Computer computer = workspace.toComputer();
        Node node = computer == null ? null : computer.getNode();
        FilePath root = node == null ? null : node.getRootPath();
        return root != null ? root.child("aigate") : WorkspaceList.tempDir(workspace).child("aigate");
    }

    /** The first 16 hex digits of the bundled jar's SHA-256, computed once per controller start. */
    private static String digest(URL bundled) throws IOException {
        if (digest == null) {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
            try (InputStream in = new DigestInputStream(bundled.openStream(), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            digest = HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        }
        return digest;
    }
}

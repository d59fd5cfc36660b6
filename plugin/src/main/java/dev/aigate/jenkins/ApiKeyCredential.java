package dev.aigate.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.AbortException;
import hudson.model.Run;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** The API key a step's {@code credentialsId} names: a Secret text credential the build may use. */
final class ApiKeyCredential {

    private ApiKeyCredential() {
    }

    /** The key in plain text, for the child process's environment only; the use is recorded on the credential. */
    static String secret(Run<?, ?> run, String credentialsId, String stepName) throws AbortException {
        StringCredentials credentials = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class,
                run);
        if (credentials == null) {
            throw new AbortException(stepName + ": credentialsId '" + credentialsId + "' is not a Secret text "
                    + "credential this build can use");
        }
        CredentialsProvider.track(run, credentials);
        return credentials.getSecret().getPlainText();
    }
}

#!/bin/sh
# The action's entrypoint: everything happens in the jar's hidden `action` command (dev.aigate.action), which
# reads GitHub's INPUT_* variables (their names keep hyphens, which sh cannot read) and exits with aigate's code.
exec java ${AIGATE_JAVA_OPTS:-} -jar /opt/aigate/aigate.jar action "$@"

package dev.aigate.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.action.WorkflowCommands.Level;
import org.junit.jupiter.api.Test;

class WorkflowCommandsTest {

    @Test
    void anAnnotationPointsAtAFileLineAndColumn() {
        assertThat(WorkflowCommands.annotation(Level.ERROR, "aigate bench: p99(ttft) < 500ms", "gates/a.yaml", 12, 5,
                "p99(ttft) = 612.4 ms, limit < 500 ms"))
                .isEqualTo("::error file=gates/a.yaml,line=12,col=5,title=aigate bench%3A p99(ttft) < 500ms::"
                        + "p99(ttft) = 612.4 ms, limit < 500 ms");
    }

    @Test
    void withoutAFileItHasOnlyATitle() {
        assertThat(WorkflowCommands.annotation(Level.WARNING, "aigate: marginal", null, 3, 1, "score 62"))
                .isEqualTo("::warning title=aigate%3A marginal::score 62");
    }

    @Test
    void aMessageCannotStartACommandOfItsOwn() {
        // A server's error text could hold a newline followed by a workflow command; it must stay one line.
        String line = WorkflowCommands.annotation(Level.ERROR, null, null, null, null,
                "first error: boom\n::set-output name=verdict::pass 100%");
        assertThat(line).isEqualTo("::error::first error: boom%0A::set-output name=verdict::pass 100%25");
        assertThat(line.lines()).hasSize(1);
    }

    @Test
    void propertiesEscapeTheirSeparators() {
        assertThat(WorkflowCommands.escapeProperty("a,b:c%\r\n")).isEqualTo("a%2Cb%3Ac%25%0D%0A");
    }
}

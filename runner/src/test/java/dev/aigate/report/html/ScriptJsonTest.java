package dev.aigate.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noStringCanCloseTheScriptElementOrBreakALineAndTheDataReadBackTheSame() throws Exception {
        ObjectNode data = JSON.createObjectNode().put("output",
                "</script><img src=x onerror=alert(1)><!-- a & b \u2028 \u2029 </SCRIPT >");

        String embedded = ScriptJson.of(data);

        assertThat(embedded).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(JSON.readTree(embedded)).isEqualTo(data);
    }
}

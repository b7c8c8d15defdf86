package io.dockertutor.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docker-tutor run FILE} has no terminal: {@code nano}, {@code vi} and {@code edit} say so and suggest a here-document. */
class EditorInABatchRunTest {
    @TempDir
    Path temp;

    @Test
    void nanoInABatchScriptFailsWithAHereDocumentSuggestion() throws Exception {
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Path script = Files.writeString(temp.resolve("script.sh"), "nano Dockerfile\necho status=$?\n");
        MainRun r = MainRun.of("--lang", "en", "run", "--workspace", ws.toString(), script.toString());
        assertThat(r.err()).contains("nano: the editor needs a terminal").contains("cat > Dockerfile <<'EOF'");
        assertThat(r.out()).contains("status=1");
        assertThat(ws.resolve("Dockerfile")).doesNotExist();
    }

    @Test
    void theSuggestionIsKoreanInAKoreanRun() throws Exception {
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Path script = Files.writeString(temp.resolve("script.sh"), "edit app.py\n");
        MainRun r = MainRun.of("--lang", "ko", "run", "--workspace", ws.toString(), script.toString());
        assertThat(r.err()).contains("edit: 편집기는 터미널에서만 열립니다").contains("cat > app.py <<'EOF'");
        assertThat(r.status()).isEqualTo(1);
    }
}

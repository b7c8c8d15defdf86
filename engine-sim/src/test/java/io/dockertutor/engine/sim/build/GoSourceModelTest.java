package io.dockertutor.engine.sim.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.sim.process.ProgramSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoSourceModelTest {

    @Test
    void theNotesServerListensOn8080AndAnswersHelloKubernetes() {
        ProgramSpec spec = GoSourceModel.analyze("""
                package main
                import ("fmt"; "net/http")
                func handler(w http.ResponseWriter, r *http.Request) {
                	fmt.Fprintf(w, "Hello, Kubernetes")
                }
                func main() {
                	http.HandleFunc("/", handler)
                	http.ListenAndServe(":8080", nil)
                }
                """, "main.go");
        assertThat(spec.port()).isEqualTo(8080);
        assertThat(spec.routes()).containsExactly(Map.entry("/", "Hello, Kubernetes"));
        assertThat(ProgramSpec.decode(spec.encode())).contains(spec);
    }

    @Test
    void literalHandlersWritesAndPortVariablesAreRead() {
        ProgramSpec spec = GoSourceModel.analyze("""
                package main
                import ("io"; "net/http")
                func main() {
                	port := "3000"
                	http.HandleFunc("/hi", func(w http.ResponseWriter, r *http.Request) {
                		w.Write([]byte("hi\\n"))
                	})
                	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
                		io.WriteString(w, `raw`)
                		fmt.Fprintln(w, "a", "b")
                	})
                	http.ListenAndServe(":"+port, nil)
                }
                """, "main.go");
        assertThat(spec.port()).isEqualTo(3000);
        assertThat(spec.routes()).containsExactly(Map.entry("/hi", "hi\n"), Map.entry("/", "rawa b\n"));
    }

    @Test
    void answersThatDependOnTheRequestAreNotModelled() {
        ProgramSpec spec = GoSourceModel.analyze("""
                func h(w http.ResponseWriter, r *http.Request) { fmt.Fprintf(w, "Hi %s", r.URL.Path) }
                func main() { http.HandleFunc("/", h); http.ListenAndServe(":8080", nil) }
                """, "main.go");
        assertThat(spec.modelled()).isFalse();
    }
}

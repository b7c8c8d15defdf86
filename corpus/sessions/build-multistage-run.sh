# The notes' multi-stage build, checked on what does not depend on the builder (the lab has only the legacy
# builder, whose progress output differs from BuildKit's): its result, layers, config, and the running server.
cat > main.go <<'EOF'
package main

import (
	"fmt"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Hello, Kubernetes")
}

func main() {
	http.HandleFunc("/", handler)
	http.ListenAndServe(":8080", nil)
}
EOF
cat > Dockerfile-MultiStage <<'EOF'
FROM golang:1.14.1-alpine3.11 as builder
COPY ./main.go ./
RUN go build -o /go-app ./main.go

FROM alpine:3.7
EXPOSE 8080
COPY --from=builder /go-app .
USER nobody
ENTRYPOINT ["./go-app"]
EOF
docker build -q -t build-sample:0.1 -f Dockerfile-MultiStage . >/dev/null 2>&1
echo $?
docker image inspect -f '{{len .RootFS.Layers}}' build-sample:0.1
docker inspect -f '{{.Config.User}} {{.Config.Entrypoint}} {{.Config.Cmd}} {{.Config.WorkingDir}}' build-sample:0.1
docker images --format '{{.Repository}}:{{.Tag}}' build-sample
docker run -d --name build-web -p 12345:8080 build-sample:0.1 >/dev/null
curl -s http://localhost:12345
echo
docker inspect -f '{{.Config.User}}' build-web
docker rm -f build-web

# ENTRYPOINT/CMD combination rules, USER and WORKDIR in built images, and layer counts: instructions that only
# change the config add no layer. Builder-independent checks only (the lab has the legacy builder).
cat > Dockerfile <<'EOF'
FROM alpine:3.7
LABEL purpose=test
ENV GREETING=hello
WORKDIR /srv/app
COPY Dockerfile ./
USER nobody
ENTRYPOINT ["echo"]
CMD ["hello", "world"]
EOF
docker build -q -t build-rules:1 . >/dev/null 2>&1
echo $?
docker image inspect -f '{{len .RootFS.Layers}}' build-rules:1
docker inspect -f '{{.Config.User}} {{.Config.Entrypoint}} {{.Config.Cmd}} {{.Config.WorkingDir}}' build-rules:1
docker inspect -f '{{index .Config.Labels "purpose"}}' build-rules:1
printf 'FROM alpine:3.7\nCMD ["sh"]\nENTRYPOINT ["echo"]\n' > Dockerfile.reset
docker build -q -t build-rules:2 -f Dockerfile.reset . >/dev/null 2>&1
docker inspect -f '{{.Config.Entrypoint}} {{.Config.Cmd}}' build-rules:2
printf 'FROM alpine:3.7\nENTRYPOINT ["echo"]\n' > Dockerfile.inherit
docker build -q -t build-rules:3 -f Dockerfile.inherit . >/dev/null 2>&1
docker inspect -f '{{.Config.Entrypoint}} {{.Config.Cmd}}' build-rules:3
docker run --rm build-rules:1

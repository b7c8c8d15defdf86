# A small Dockerfile and a multi-stage one, built as the notes show (their broken commands too), then run,
# tagged and removed. The lab's CLI has only the legacy builder, so the build output itself is not compared.
docker build -t basic-img .
cat > Dockerfile <<'EOF'
FROM busybox
LABEL maintainer="me@example.com"
WORKDIR /app
COPY hello.txt ./
ENV GREETING=hi
EXPOSE 8080
CMD ["cat", "/app/hello.txt"]
EOF
echo 'hello from the image' > hello.txt
docker build -q -t basic-img . > /dev/null 2>&1
echo $?
docker build -t basic-img:1.0 basic-img:2.0 .
docker images basic-img --format '{{.Repository}}:{{.Tag}}'
docker run --rm basic-img
docker run --rm basic-img ls -l /app
docker run --rm basic-img sh -c 'echo $GREETING; pwd'
docker inspect -f '{{.Config.WorkingDir}} {{.Config.Env}} {{.Config.Cmd}} {{json .Config.ExposedPorts}}' basic-img
docker inspect -f '{{.Config.Labels.maintainer}}' basic-img
docker history basic-img --format '{{.CreatedBy}}' | head -7
docker tag basic-img basic-img:1.0
docker tag basic-img:1.0 myrepo/basic-img:1.0
docker images --format '{{.Repository}}:{{.Tag}}' | grep basic | sort
docker tag basic-img:9.9 other:1
docker tag basic-img Bad:Tag
cat > Dockerfile-MultiStage <<'EOF'
# Stage 1
FROM busybox as builder
RUN mkdir /out && echo built > /out/app.txt

# Stage 2
FROM alpine:3.7
EXPOSE 8080
COPY --from=builder /out/app.txt .
USER nobody
ENTRYPOINT ["cat"]
CMD ["app.txt"]
EOF
docker image build -t sample-image:0.1 -f Dockerfile-MultiStage
docker image build -q -t sample-image:0.1 -f Dockerfile-MultiStage . > /dev/null 2>&1
echo $?
docker contianer run -d -p 12345:8080 sample-image:0.1
docker container run --rm sample-image:0.1
docker run --rm sample-image:0.1 /etc/alpine-release
docker run --rm --entrypoint id sample-image:0.1
docker run --rm -u root --entrypoint sh sample-image:0.1 -c 'ls -l /app.txt'
docker inspect -f '{{.Config.User}} {{.Config.Entrypoint}} {{.Config.Cmd}}' sample-image:0.1
docker image inspect sample-image:0.1 --format '{{len .RootFS.Layers}}'
docker images --format '{{.Repository}} {{.Tag}}' sample-image
cat > Dockerfile.bad <<'EOF'
FROM busybox
RUN exit 3
EOF
docker build -q -f Dockerfile.bad . > /dev/null 2>&1
echo $?
docker build -f nosuch.Dockerfile .
docker build nosuchdir
docker rmi basic-img:1.0
docker rmi myrepo/basic-img:1.0 basic-img
docker rmi sample-image
docker rmi sample-image:0.1
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker image prune -f > /dev/null

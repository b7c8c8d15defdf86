# A learner following the notes' first chapter: pull nginx, then nginx:stable (layers shared), look at the
# layers, tags and digests. Written from the notes, never seen by the simulator's authors.
docker pull nginx
docker pull nginx
docker pull nginx:stable
docker images
docker image ls nginx
docker images --digests --format '{{.Repository}}:{{.Tag}} {{.Digest}}'
docker history nginx:latest
docker history nginx:stable --format '{{.CreatedBy}} | {{.Size}}'
docker history -q nginx:stable | wc -l
docker history --no-trunc nginx:latest --format '{{.ID}}' | head -2
docker image inspect nginx:latest -f '{{.RepoTags}} {{.RepoDigests}}'
docker inspect -f '{{len .RootFS.Layers}}' nginx:latest
docker inspect -f '{{len .RootFS.Layers}}' nginx:stable
docker inspect --format '{{.Config.Cmd}} {{.Config.Entrypoint}}' nginx
docker inspect --format '{{json .Config.ExposedPorts}}' nginx
docker inspect -f '{{.Os}}/{{.Architecture}}' nginx:stable
docker pull busybox
docker pull alpine:3.7
docker pull alpine
docker images --format 'table {{.Repository}}\t{{.Tag}}\t{{.Size}}'
docker images -q | wc -l
docker images alpine
docker images --filter reference='alpine:*' --format '{{.Repository}}:{{.Tag}}'
docker images --filter "before=nginx:stable" --format '{{.Repository}}:{{.Tag}}'
docker image ls -a --format '{{.Repository}}' | sort | uniq -c
docker pull nginx:lastest 2>&1 | head -1
docker pull NGINX
docker pull nginx:
docker pull redis:7.2 -q
docker image history redis:7.2 --format '{{.Size}}' | head -3
docker images redis

# A beginner follows the notes' image chapter: pull, default tag, layers shared between tags, digests, tags.
docker images
docker pull busybox
docker pull busybox
docker images
docker pull alpine:3.7
docker pull nginx
docker pull nginx:stable
docker images nginx
docker images --digests nginx
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | sort
docker image inspect -f '{{.RepoTags}} {{len .RootFS.Layers}}' nginx:latest
docker image inspect -f '{{index .RepoDigests 0}}' busybox
docker pull busybox@sha256:1234
docker pull Nginx
docker pull nginx:
docker tag busybox mybox
docker tag busybox mybox:1.0
docker images mybox
docker images -q mybox | uniq
docker tag nosuchimage:1 other
docker tag busybox MyBox
docker rmi mybox
docker images --filter reference='my*' --format '{{.Repository}}:{{.Tag}}'
docker image inspect --format '{{.Os}}/{{.Architecture}}' alpine:3.7
docker image inspect nosuch

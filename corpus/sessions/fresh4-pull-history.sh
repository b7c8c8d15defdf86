# A learner follows the notes: pull, tags, digests, history
docker images
docker pull busybox
docker pull busybox
docker images
docker image ls busybox
docker pull -q nginx
docker pull nginx:stable
docker images nginx
docker images --digests nginx
docker images -q
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker history nginx:stable
docker history --no-trunc --format '{{.CreatedBy}}' busybox
docker history nginx:latets
docker tag busybox mybox:1.0
docker images mybox
docker image inspect -f '{{.RepoTags}}' mybox:1.0
docker image inspect -f '{{.Os}}/{{.Architecture}}' nginx:stable
docker inspect --format '{{json .Config.Cmd}}' nginx
docker pull -a busybox:latest
docker images --filter reference='nginx:*'
docker images -f dangling=true
docker image ls --format 'table {{.Repository}}\t{{.Tag}}' nginx
docker imgaes

# image tags, docker images filters and --format, rmi of tags and ids, image prune, history
docker images
docker pull busybox
docker pull alpine:3.7
docker pull alpine
docker pull alpine:3.7
docker tag busybox mybox:v1
docker tag busybox:latest mybox:v2
docker images mybox
docker images --filter reference='alpine*'
docker images --filter reference=alpine --format '{{.Repository}}:{{.Tag}} {{.Size}}'
docker images --filter before=alpine:latest --format '{{.Repository}}:{{.Tag}}' | sort
docker images --filter since=alpine:3.7 --format '{{.Repository}}:{{.Tag}}' | sort
docker images --filter dangling=true
docker images -q | sort -u | wc -l
docker image ls --no-trunc --format '{{.ID}}' alpine:3.7
docker rmi mybox:v1
docker rmi busybox
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker run --name user alpine:3.7 echo still using alpine 3.7
docker rmi alpine:3.7
docker rmi -f alpine:3.7
docker ps -a --format '{{.Names}} {{.Status}}'
docker image prune -f
docker rm user
docker image prune -f
docker history alpine
docker history --format '{{.CreatedBy}} | {{.Size}}' alpine
docker history -q mybox:v2
docker history --no-trunc --format '{{.ID}}' mybox:v2 | head -n 1
docker tag mybox:v2 mybox:latest
docker rmi $(docker images -q mybox:v2)
docker rmi -f $(docker images -q mybox:v2)
docker images

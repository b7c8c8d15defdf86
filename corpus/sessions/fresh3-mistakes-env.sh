# Typical mistakes of a first day, environment variables, inspect templates and the clean-up commands.
docker pull -q busybox
docker pull -q alpine:3.7
docker run busybox -e NAME=kim env
docker run -e NAME=kim --rm busybox sh -c 'echo hello $NAME'
docker run --rm --env A=1 --env B busybox sh -c 'echo "A=$A B=$B"'
B=two docker run --rm -e B busybox printenv B
docker run --rm -e =x busybox true
docker run --rm --name same busybox true && docker run --rm --name same busybox echo again
docker run -d --name same busybox sleep 300 > /dev/null
docker run -d --name same busybox sleep 300
docker run
docker start
docker stop nosuch
docker rm same
docker inspect -f '{{.Config.Env}}' same
docker inspect -f '{{.State.Running}} {{.Config.Image}} {{.Path}} {{.Args}}' same
docker inspect -f '{{.NetworkSettings.IPAddress}}' same
docker inspect -f '{{.Nope}}' same
docker inspect --type image -f '{{.Config.Cmd}}' alpine:3.7
docker inspect -f '{{json .Config.Labels}}' same
docker rm -f same
docker run --name gone alpine:3.7 echo bye
docker container prune -f | head -1
docker rmi alpine:3.7
docker rmi busybox nosuch
docker image prune -f
docker system prune -f
docker images --format '{{.Repository}}'

# User networks: create, ls, connect, inspect, rm.
docker pull -q busybox
docker network create appnet >/dev/null
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker run -d --name api --network appnet --network-alias backend busybox sleep 300
docker network inspect -f '{{.Name}} {{.Driver}} {{len .Containers}}' appnet
docker run --rm --name client --network appnet busybox ping -c 1 -W 1 backend > /dev/null; echo $?
docker network rm appnet
docker network disconnect appnet api
docker network rm appnet
docker network rm appnet
docker rm -f api

# Cleaning up: container/image/volume/network/system prune, docker rm $(docker ps -aq), docker rmi of tags, docker system df
docker pull -q busybox
docker pull -q alpine:3.7
docker tag busybox mybox:v1
docker tag busybox mybox:v2
docker images --format '{{.Repository}}:{{.Tag}}' | sort
docker rmi mybox:v1 mybox:v2
docker run --name ex1 busybox true
docker run --name ex2 busybox sh -c 'exit 1'
docker create --name cr1 busybox
docker run -d --name up1 busybox sleep 300
docker ps -aq | wc -l
docker ps -a --format '{{.Names}} {{.State}}' | sort
docker container prune -f
docker ps -a --format '{{.Names}} {{.State}}'
docker image prune -f
docker image prune -a -f
docker images --format '{{.Repository}}:{{.Tag}}'
docker volume create data1
docker volume create inuse
docker run --name holder -v inuse:/data busybox true
docker volume prune -f
docker volume prune -a -f
docker volume ls --format '{{.Name}}'
docker network create net1
docker network create net2
docker network connect net2 up1
docker network prune -f
docker network ls --format '{{.Name}}' | sort
docker rm $(docker ps -aq)
docker rm -f $(docker ps -aq)
docker ps -aq | wc -l
docker system prune -f
docker rmi busybox
docker volume rm inuse
docker system df

# A beginner asking the CLI for help and making the usual mistakes: typos, missing arguments, unknown flags.
docker pull -q busybox
docker
docker --version | cut -d, -f1 | cut -c1-14
docker run --help | head -5
docker ps --help | head -12
docker cp --help
docker volume --help
docker volume create --help | head -4
docker image --help | head -6
docker logs --help | grep -c -- --
docker exec --help | head -3
docker container --help | tail -2
docker ps -z
docker ps --al
docker images --filter danglin=true
docker image ls -f dangling=yes
docker run
docker run -d
docker logs
docker rm
docker rmi
docker exec busybox
docker cp onlyone
docker stop nosuch
docker start nosuch other
docker inspect nosuch
docker inspect -f '{{.Nope}}' busybox
docker inspect -f '{{.Config.Cmd' busybox
docker inspect --type volume busybox
docker run --name 'bad name' busybox true
docker run --name ok1 busybox true
docker run --name ok1 busybox true
docker run -m abc busybox true
docker run --cpus xyz busybox true
docker run -e busybox true
docker run --rm -w relative busybox pwd
docker volume
docker volume rm
docker network
docker network create --subnet 10.99.0.0/24 h16net
docker network create --subnet 10.99.0.0/24 h16net
docker network create --subnet 10.99.1.0/24 h16net
docker network ls --format '{{.Name}} {{.Driver}}' | sort
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' h16net
docker run --rm --network h16net busybox sh -c 'ip -4 addr show eth0 | grep inet | cut -d/ -f1'
docker run --rm --network nosuchnet busybox true
docker network rm h16net
docker rm ok1
docker system
docker system info --format '{{.Containers}} {{.Images}}'
docker info -f '{{.Driver}}'

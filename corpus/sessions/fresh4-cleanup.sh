# stop, kill, rm, rmi, prune
docker pull -q busybox
docker run -d --name a1 busybox sleep 600
docker run -d --name a2 busybox sleep 600
docker run --name a3 busybox true
docker rm a1
docker rm -f a1
docker kill a2
docker kill a2
docker stop a3
docker stop
docker ps -a --format '{{.Names}} {{.Status}}' | sed 's/ .*(/ (/'
docker rmi busybox
docker rm $(docker ps -aq -f status=exited)
docker ps -a
docker rmi busybox
docker rmi busybox
docker images
docker pull -q alpine
docker tag alpine alpine:mine
docker rmi alpine:mine
docker rmi $(docker images -q alpine)
docker container prune -f
docker image prune -f
docker system prune -f
docker rm nosuch
docker rmi -f nosuch:tag
docker sotp a1

# The daemon's errors about containers that do not exist, names in use and running containers.
docker pull -q busybox
docker stop nosuch
docker rm nosuch
docker rm -f nosuch
docker start nosuch
docker kill nosuch
docker logs nosuch
docker rename nosuch other
docker container inspect nosuch
docker inspect nosuch
docker create --name dup busybox
docker create --name dup busybox
docker run -d --name running busybox sleep 300
docker rm running
docker rm dup running
docker rename dup running
docker rm -f dup running

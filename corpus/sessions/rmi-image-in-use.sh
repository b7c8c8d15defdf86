docker create --name c1 busybox
docker rmi busybox
docker image rm busybox
docker ps -a --format '{{.Names}} {{.Image}} {{.Status}}'
docker rmi -f busybox
docker images
docker ps -a --format '{{.Names}} {{.Status}}'
docker rm c1
docker images -a
docker run -d --name sleeper busybox sleep 300
docker rmi busybox
docker rmi -f busybox
docker rm -f sleeper
docker images

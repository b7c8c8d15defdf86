# `docker run` and `docker create` pull a missing image first, on stderr.
docker run --name hello busybox echo hello
docker pull -q nginx
docker create --name web nginx:stable
docker images
docker ps -a --format '{{.Names}} {{.Image}} {{.Command}}'
docker rm hello web
docker run --rm --name again busybox echo again
docker run --name quiet --pull always -q busybox echo quiet
docker rm quiet

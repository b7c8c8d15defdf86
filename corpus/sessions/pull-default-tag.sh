# `docker pull NAME` without a tag pulls :latest. The stand-in nginx is alpine's
# layer plus one, so after alpine its pull downloads a single layer.
docker images
docker pull busybox
docker pull alpine
docker pull nginx
docker images
docker image ls

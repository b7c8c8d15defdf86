docker pull busybox
docker pull busybox
docker pull busybox:latest
docker pull -q nginx
docker pull nginx:stable
docker pull nginx:stable
docker images

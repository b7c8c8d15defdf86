docker pull -q nginx
docker pull --quiet alpine:3.7
docker pull -q nginx
docker pull -q nginx:stable
docker images

docker pull -q nginx
docker pull -q nginx:stable
docker pull -q alpine:3.7
docker images
docker images -a
docker images --all
docker images -q
docker images --quiet
docker images -aq
docker images --no-trunc
docker images -q --no-trunc
docker images --digests
docker images nginx
docker images nginx:stable
docker images alpine
docker images nosuch
docker images -q nginx
docker image ls nginx

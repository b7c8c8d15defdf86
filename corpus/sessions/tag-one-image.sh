# Several tags in the same repository: rows keep a stable order (by tag).
docker pull -q alpine:3.7
docker tag alpine:3.7 alpine:old
docker tag alpine:3.7 alpine:3
docker images
docker images alpine
docker tag alpine:3 alpine:3
docker images -q
docker rmi alpine:old
docker rmi alpine:3.7 alpine:3
docker images

# nginx:stable = nginx:latest + one layer: each pull reuses the layers already there.
docker pull alpine
docker pull nginx:latest
docker pull nginx:stable
docker images
docker rmi alpine
docker pull alpine
docker images

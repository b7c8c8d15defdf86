# Help texts of the image commands (short forms, long forms and -h).
docker pull --help
docker images --help
docker image ls --help
docker rmi --help
docker tag --help
docker history --help
docker image inspect --help
docker image prune --help
docker image --help
docker image

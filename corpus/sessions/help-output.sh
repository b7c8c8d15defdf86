# Help texts that do not depend on the engine's API version (see engine20-help-output).
docker pull --help
docker tag --help
docker image prune --help
docker image --help
docker image

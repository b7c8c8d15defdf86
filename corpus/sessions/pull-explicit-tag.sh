# A pull with a tag prints no "Using default tag" line.
docker pull alpine:3.7
docker pull alpine:latest
docker pull nginx:latest
docker images

# The golang stand-in is alpine's layer plus the Go toolchain (one big layer).
docker pull alpine
docker pull golang:1.14.1-alpine3.11
docker images
docker history golang:1.14.1-alpine3.11

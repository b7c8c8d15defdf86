# Client fields only: the server part is the lab's Engine 20.10 (see engine20-version).
docker --version
docker -v
docker version --format '{{.Client.Version}}'
docker version --format '{{.Client.Os}}/{{.Client.Arch}}'
docker version --format '{{json .Client.Version}}'
docker version --format '{{.Nope}}'

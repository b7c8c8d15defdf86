# The server part and the negotiated API version belong to the lab's Engine 20.10.
docker version --format '{{.Server.Version}}'
docker version --format '{{.Client.APIVersion}} {{.Server.APIVersion}}'
docker version

docker pull -q nginx
docker pull -q busybox
docker image inspect --format '{{.RepoTags}}' nginx
docker image inspect -f '{{.Config.Cmd}}' nginx
docker image inspect -f '{{.Config.Entrypoint}}' nginx
docker image inspect -f '{{json .Config.ExposedPorts}}' nginx
docker image inspect -f '{{.Os}}/{{.Architecture}}' busybox
docker image inspect -f '{{.Size}}' busybox
docker image inspect -f '{{len .RootFS.Layers}}' nginx
docker image inspect -f '{{json .Config.Env}}' busybox
docker image inspect -f '{{range .RepoTags}}{{.}} {{end}}' nginx
docker inspect --format '{{.Id}}' busybox
docker inspect --type image -f '{{.Config.Cmd}}' busybox
docker image inspect -f '{{.Nope}}' busybox
docker inspect nosuch

# docker commit: the container's writable layer becomes a new image on top of its image; -c applies Dockerfile
# instructions to the config, -m and -a go into the image and its history row (the container's command).
docker run --name h15-c busybox sh -c 'echo hi > /hello.txt'
docker commit h15-c snap:1 | cut -c1-7
docker commit -a 'Ann <ann@example.com>' -m 'added hello' -c 'CMD ["cat","/hello.txt"]' -c 'ENV GREETING=hi' -c 'EXPOSE 80' h15-c snap:2 | cut -c1-7
docker history --format '{{.CreatedBy}}|{{.Comment}}|{{.Size}}' snap:2
docker inspect -f '{{.Author}}|{{.Comment}}|{{.Config.Cmd}}|{{.Config.Env}}|{{.Config.ExposedPorts}}|{{len .RootFS.Layers}}' snap:2
docker inspect -f '{{.Config.Cmd}}' snap:1
docker run --rm snap:2
docker run --rm snap:1 cat /hello.txt
docker images --format '{{.Repository}}:{{.Tag}}' snap | sort
docker commit nope x
docker commit -c 'FROM x' h15-c
docker commit h15-c BAD
docker commit
docker rm h15-c
docker rmi snap:1 snap:2 >/dev/null

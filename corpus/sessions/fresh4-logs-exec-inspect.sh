# logs, exec, inspect -f
docker run --name hello busybox echo hello docker
docker logs hello
docker run --name counter busybox sh -c 'for i in 1 2 3; do echo line $i; done'
docker logs counter
docker logs --tail 1 counter
docker logs -n 2 counter
docker logs nosuch
docker run -d --name box busybox sleep 300
docker exec box ls /
docker exec box cat /etc/hostname | wc -c
docker exec box sh -c 'echo $0 $HOME'
docker exec -w /etc box pwd
docker exec box whoami
docker exec -it box sh
docker exec counter ls
docker exec box nosuchcmd
docker inspect -f '{{.State.Status}}' box
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' counter
docker inspect --format '{{.Config.Image}}' box
docker inspect -f '{{.Name}}' box hello counter
docker inspect -f '{{.Path}} {{.Args}}' box
docker inspect -f '{{.NoSuchField}}' box
docker container inspect -f '{{.HostConfig.NetworkMode}}' box
docker run --rm busybox --name test
docker exec box ps | head -2
docker kill box
docker inspect -f '{{.State.Running}}' box
